#!/usr/bin/env python3
"""Writes N fictional Indonesian news articles as JSON Lines, every one different."""
import json
import sys

PLACES = ["Sambara", "Kota Lirang", "Kabupaten Teluk Damar", "Pulau Seruni", "Kecamatan Batu Nila", "Desa Rawa Indah"]
FACILITIES = ["puskesmas", "jembatan", "sekolah dasar", "pasar tradisional", "terminal bus", "perpustakaan desa"]
OFFICIALS = ["Bupati", "Wali Kota", "Kepala Dinas", "Camat", "Kepala Desa", "Ketua DPRD"]
NAMES = ["Sari Wulandari", "Bambang Hartono", "Dewi Lestari", "Agus Salim", "Rina Kusuma", "Hendra Gunawan"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]

for i in range(int(sys.argv[1])):
    place, facility = PLACES[i % 6], FACILITIES[(i // 6) % 6]
    official, name, day = OFFICIALS[(i // 36) % 6], NAMES[(i * 7) % 6], DAYS[i % 6]
    paragraphs = [
        f"{place} - Pemerintah daerah {place} akan membangun {3 + i} unit {facility} baru dengan anggaran Rp {10 + 3 * i} miliar, kata {official} {name} pada {day} ({i % 28 + 1}/6).",
        f"Menurut {name}, pembangunan {facility} itu ditargetkan selesai dalam {i % 11 + 4} bulan dan akan melayani sekitar {1000 + 17 * i} warga di wilayah tersebut.",
        f"\"Kami ingin warga mendapatkan layanan yang lebih dekat dan lebih baik,\" ujar {name} di kantornya. Ia menambahkan bahwa {i % 5 + 2} kontraktor lokal akan dilibatkan.",
        f"Sejumlah warga menyambut baik rencana tersebut. Mereka berharap proyek nomor {i} ini tidak tertunda seperti proyek serupa pada tahun lalu.",
    ]
    print(json.dumps({"id": f"berita-{i}", "title": f"{place} Bangun {3 + i} Unit {facility.title()} Baru", "text": "\n\n".join(paragraphs)}))
