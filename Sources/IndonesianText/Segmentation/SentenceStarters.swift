/// Indonesian function words and numerals that often open a sentence and are never names, so that
/// "… di Grup A. Namun …" ends a sentence even though "A." looks like an initial.
enum SentenceStarters {
    /// The words, lowercased.
    static let words: Set<String> = [
        "namun", "tetapi", "tapi", "akan", "sementara", "selain", "sedangkan", "adapun", "bahkan",
        "ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku", "anda", "kamu",
        "ini", "itu", "hal", "menurut", "dalam", "pada", "di", "ke", "dari", "untuk", "dengan",
        "sebelumnya", "kemudian", "setelah", "sesudah", "sebelum", "saat", "ketika", "selama",
        "jika", "bila", "apabila", "kalau", "karena", "sebab", "meski", "meskipun", "walaupun",
        "lalu", "yang", "hingga", "sejak", "apalagi", "selanjutnya", "maka", "jadi", "begitu",
        "bagi", "tak", "tidak", "belum", "sudah", "telah", "juga", "ada", "para", "sebanyak",
        "beberapa", "semua", "seluruh", "setiap", "sebagai", "seperti", "terkait", "usai",
        "diketahui", "kini", "oleh", "atas", "dan", "atau",
        // Numerals and counted articles.
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
        "seorang", "sebuah", "sejumlah", "banyak",
    ]

    /// The longest word, in bytes: longer words are never looked up.
    static let maximumLength = 11
}
