#!/usr/bin/env python3
"""A LibreTranslate-speaking translator on 127.0.0.1 for the job benchmark.

Every request waits LATENCY seconds (a provider's round trip), then answers each text with an
English-looking line that keeps the text's names and numbers, so Warta's reply checks pass.
Threaded, so concurrent requests overlap as they would at a real provider.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LATENCY = float(sys.argv[2]) if len(sys.argv) > 2 else 0.020
COUNT = {"requests": 0, "texts": 0}
LOCK = threading.Lock()


def english(text: str) -> str:
    kept = [word for word in text.split() if any(c.isdigit() for c in word) or word[:1].isupper()]
    return "The report says that " + " ".join(kept) + " and the story goes on."


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        body = json.dumps(COUNT).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        request = json.loads(self.rfile.read(length) or b"{}")
        texts = request.get("q", [])
        texts = texts if isinstance(texts, list) else [texts]
        time.sleep(LATENCY)
        with LOCK:
            COUNT["requests"] += 1
            COUNT["texts"] += len(texts)
        body = json.dumps({"translatedText": [english(t) for t in texts]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    # The default backlog of 5 drops connections when 64 arrive at once, and a dropped SYN
    # costs the client a second or more: the benchmark would measure the backlog.
    request_queue_size = 1024
    daemon_threads = True


if __name__ == "__main__":
    server = Server(("127.0.0.1", int(sys.argv[1])), Handler)
    server.serve_forever()
