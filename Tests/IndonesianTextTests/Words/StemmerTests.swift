import Testing
@testable import IndonesianText

/// The affix rules of the stemmer, one family at a time, on words chosen for each rule.
@Suite("Stemmer")
struct StemmerTests {
    let stemmer = Stemmer()

    func expectStems(_ cases: KeyValuePairs<String, String>, sourceLocation: SourceLocation = #_sourceLocation) {
        for (word, root) in cases {
            #expect(stemmer.stem(word) == root, "\(word)", sourceLocation: sourceLocation)
        }
    }

    @Test("leaves roots, short words and function words as they are")
    func roots() {
        expectStems(["rumah": "rumah", "di": "di", "ke": "ke", "nilai": "nilai", "sekolah": "sekolah", "makan": "makan"])
    }

    @Test("meN- drops its nasal and restores the swallowed p, t, s or k")
    func meNPrefix() {
        expectStems([
            "memotong": "potong", "memilih": "pilih",  // mem- + p
            "menanam": "tanam", "menolak": "tolak",  // men- + t
            "menyusun": "susun", "menyiram": "siram",  // meny- + s
            "mengirim": "kirim", "mengenal": "kenal",  // meng- + k
            "mengambil": "ambil", "mengukur": "ukur",  // meng- + vowel
            "membaca": "baca", "memfoto": "foto",  // mem- before b, f
            "mendengar": "dengar", "mencari": "cari", "menjual": "jual",  // men- before d, c, j
            "menggali": "gali", "menghitung": "hitung", "mengkaji": "kaji",  // meng- before g, h, k
            "mengecat": "cat",  // menge- before one-syllable roots
        ])
    }

    @Test("roots that begin with m, n, ny or a liquid keep their first letter")
    func meNBeforeNasalsAndLiquids() {
        expectStems([
            "meminta": "minta", "menikah": "nikah", "menyanyi": "nyanyi",
            "melihat": "lihat", "merawat": "rawat", "mewujudkan": "wujud", "meyakini": "yakin",
        ])
    }

    @Test("peN- follows the same sound changes as meN-")
    func peNPrefix() {
        expectStems([
            "penulis": "tulis", "pembaca": "baca", "pemotong": "potong", "penyusun": "susun",
            "pengirim": "kirim", "penggali": "gali", "penjual": "jual", "pelari": "lari",
        ])
    }

    @Test("ber-, ter-, di-, ke-, se- and per- come off whole")
    func plainPrefixes() {
        expectStems([
            "berjalan": "jalan", "bekerja": "kerja", "belajar": "ajar", "berenang": "renang",
            "tertulis": "tulis", "terancam": "ancam", "ditulis": "tulis", "dipilih": "pilih",
            "kedua": "dua", "sebesar": "besar", "serumah": "rumah", "perlebar": "lebar",
        ])
    }

    @Test("the proclitics ku- and kau- come off")
    func proclitics() {
        expectStems(["kubaca": "baca", "kautulis": "tulis"])
    }

    @Test("-kan, -i and -an come off, alone or with a prefix")
    func derivationalSuffixes() {
        expectStems([
            "tuliskan": "tulis", "lemparan": "lempar", "datangi": "datang",
            "dibacakan": "baca", "menulisi": "tulis", "mendatangkan": "datang",
        ])
    }

    @Test("confixes come off together")
    func confixes() {
        expectStems([
            "keamanan": "aman", "kebersihan": "bersih", "pertanian": "tani", "pembangunan": "bangun",
            "penjualan": "jual", "perdagangan": "dagang", "berdatangan": "datang", "sebaiknya": "baik",
            "keberhasilan": "hasil", "memperbaiki": "baik", "diperkenalkan": "kenal",
        ])
    }

    @Test("particles and possessives come off")
    func particlesAndPossessives() {
        expectStems([
            "bacalah": "baca", "siapakah": "siapa", "apapun": "apa",
            "rumahku": "rumah", "bukumu": "buku", "mobilnya": "mobil", "tanahnyalah": "tanah",
        ])
    }

    @Test("reduplication gives the base; different halves stay a compound")
    func reduplication() {
        expectStems([
            "negara-negara": "negara", "rumah-rumah": "rumah", "kupu-kupu": "kupu",
            "anak-anaknya": "anak", "berlari-lari": "lari", "memukul-mukul": "pukul",
            "sayur-mayur": "sayur-mayur", "lelaki": "laki", "pepohonan": "pohon",
        ])
    }

    @Test("clitics written after a hyphen come off")
    func hyphenatedClitics() {
        expectStems(["rumah-Nya": "rumah", "buku-ku": "buku"])
    }

    @Test("infixes -el-, -em-, -er- and -in- come off when the root is known")
    func infixes() {
        expectStems(["gemetar": "getar", "sinambung": "sambung"])
    }

    @Test("loanword suffixes -isme, -isasi and -is reach a known root, after every other analysis")
    func loanwordSuffixes() {
        expectStems([
            "nasionalisme": "nasional", "globalisasi": "global", "sosialis": "sosial",
            "berorganisasi": "organisasi", "mobilisasi": "mobilisasi",
        ])
    }

    @Test("negated nouns ke- + tidak + base + -an give the base's root")
    func negatedNouns() {
        expectStems(["ketidakadilan": "adil", "ketidakberdayaan": "daya", "ketidakpastian": "pasti"])
    }

    @Test("nasal prefixes on loanwords drop the swallowed consonant or keep a cluster")
    func loanwordVerbs() {
        expectStems([
            "mengonfirmasi": "konfirmasi", "memublikasikan": "publikasi", "memproduksi": "produksi",
            "mentransfer": "transfer", "menyurvei": "survei", "mengkritik": "kritik",
        ])
    }

    @Test("analyses that read a wrong root are avoided")
    func overStemmingGuards() {
        expectStems([
            "berikan": "beri",  // beri + -kan, not ber- + ikan
            "perasaan": "rasa",
            "membantah": "bantah",  // -tah is part of the root here
            "memakan": "makan",  // *me-…-an never forms a word
            "pemerintah": "perintah",
        ])
    }

    @Test("names, loanwords and unknown words are not cut")
    func unknownWords() {
        expectStems([
            "sudarsono": "sudarsono", "jokowi": "jokowi", "asean": "asean", "subarkah": "subarkah",
            "diskriminasi": "diskriminasi", "direktorat": "direktorat", "peristiwa": "peristiwa",
        ])
    }

    @Test("unknown roots lose only affixes that need no guessing")
    func unknownRootsWithClearAffixes() {
        expectStems(["menghipnotis": "hipnotis", "terkoneksi": "koneksi", "dilansir": "lansir"])
    }

    @Test("input is lowercased, and several words give several stems")
    func caseAndSeveralWords() {
        expectStems(["Pembangunan": "bangun", "para pembaca setia": "para baca setia", "Café": "café"])
    }

    @Test("a substring stems like the same string")
    func substrings() {
        let text = "sang penulis"
        #expect(stemmer.stem(text.split(separator: " ")[1]) == "tulis")
    }
}

extension StemmerTests {
    @Test("lowercased UTF-8 bytes stem like the same string")
    func lowercasedBytes() {
        var stems: [String] = []
        Tokenizer.forEachLowercasedWord(in: "Pembangunan negara-negara Café") { stems.append(stemmer.stem(lowercasedUTF8: $0)) }
        #expect(stems == ["bangun", "negara", "café"])
    }
}
