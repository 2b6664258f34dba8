/// The function words the language detector counts, written by us: the short, frequent words
/// every sentence of a language carries, whatever its topic.
enum LanguageWords {
    /// Indonesian function words, formal and informal (reviews and chat spell many of them short).
    static let indonesian: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "adalah", "dalam",
        "tidak", "tak", "akan", "juga", "atau", "oleh", "sebagai", "karena", "bahwa", "ada", "sudah",
        "telah", "saat", "bisa", "dapat", "harus", "lebih", "tersebut", "namun", "tetapi",
        "tapi", "jika", "kalau", "agar", "supaya", "hingga", "sampai", "sejak", "antara", "setelah",
        "sebelum", "ketika", "saya", "kami", "kita", "mereka", "dia", "ia", "anda", "kamu", "aku",
        "belum", "masih", "sangat", "hanya", "pun", "lagi", "bagi", "serta", "maupun", "yaitu", "yakni",
        "tentang", "terhadap", "melalui", "menurut", "seperti", "tanpa", "sedang", "secara", "sehingga",
        "bagaimana", "apa", "siapa", "mengapa", "kenapa", "kapan", "mana", "sini", "sana", "situ",
        "banyak", "semua", "setiap", "beberapa", "sebuah", "seorang", "sekitar", "pula", "begitu",
        "sekarang", "kemarin", "nanti", "bukan", "jangan", "mau", "ingin", "punya", "bila", "apabila",
        "meski", "walaupun", "meskipun", "sedangkan", "lalu", "kemudian", "lain", "sendiri", "tiap",
        "ialah", "merupakan", "menjadi", "terjadi", "mengatakan", "kata", "ujar", "tutur",
        "sementara", "selain", "selama", "bersama", "atas", "bawah", "diri", "nya", "pernah",
        "sering", "selalu", "tetap", "hal", "tahun", "hari", "bulan", "orang", "baru", "sama", "maka",
        "demikian", "bahkan", "justru", "yakin", "sempat", "kini", "dulu", "segera", "sebab", "akibat",
        "mulai", "paling", "cukup", "kurang", "amat", "sekali", "terlalu", "daripada", "dengar", "ya",
        // Informal spellings and particles.
        "gak", "nggak", "ngga", "enggak", "ga", "gk", "tdk", "yg", "dgn", "aja", "saja", "udah", "sdh",
        "banget", "bgt", "sih", "dong", "deh", "kok", "nih", "tuh", "gue", "gua", "lu", "kalo",
        "emang", "memang", "bikin", "jg", "blm", "utk", "krn", "dr", "pd", "sy", "tp", "klo", "trs",
        "terus", "cuma", "doang", "lah", "para", "pas", "lo", "kan", "pokoknya", "mantap", "enak", "buat", "walau", "sedikit", "agak",
    ]

    /// English function words. Words that are also Indonesian abbreviations or numerals when
    /// capitalized ("AS" for the United States, "I" in "Perang Dunia I") are safe because
    /// all-capital words are not counted, and "a" and "i" are left out.
    static let english: Set<String> = [
        "the", "of", "and", "to", "in", "is", "was", "for", "that", "with", "on", "as", "by", "at",
        "from", "it", "be", "are", "were", "this", "an", "has", "have", "had", "not", "but", "which",
        "or", "they", "their", "he", "she", "his", "her", "its", "will", "would", "been", "who", "what",
        "when", "there", "we", "you", "our", "your", "can", "could", "should", "also", "more", "than",
        "after", "about", "into", "over", "said", "says", "all", "some", "if", "so", "up", "out", "do",
        "does", "did", "these", "those", "them", "him", "because", "while", "where", "how", "very",
        "just", "only", "such", "other", "most", "being", "between", "during", "under", "before",
        "since", "until", "through", "against", "any", "each", "both", "then", "my", "me", "us",
        "here", "may", "might", "must", "no", "yes", "why", "well", "many", "much", "get",
        "got", "like", "really", "good", "great", "place", "food", "don't", "it's", "i'm", "didn't",
        "doesn't", "isn't", "never", "ever", "again", "another", "neither", "either", "still", "even", "first", "last", "new", "people", "year", "years", "told", "going", "off", "down", "now", "today", "tomorrow", "yesterday", "every", "own", "wasn't", "can't", "won't", "i've", "that's", "there's", "they're",
    ]

    /// Function words of other languages written in Latin script that Indonesian news quotes or
    /// that reach a pipeline by mistake: French, Spanish, Portuguese, Italian, German, Dutch,
    /// Javanese and Sundanese. None of them is an Indonesian or English function word.
    static let other: Set<String> = [
        // French
        "le", "la", "les", "des", "est", "et", "une", "du", "que", "qui", "dans", "pour", "sur",
        "avec", "au", "aux", "ce", "cette", "sont", "il", "elle", "nous", "vous", "ils", "mais",
        // Spanish and Portuguese
        "el", "los", "las", "y", "por", "con", "una", "del", "se", "como", "pero",
        "muy", "está", "os", "um", "uma", "não", "com", "em", "da", "dos", "são",
        // Italian
        "gli", "della", "che", "non", "per", "sono", "è", "anche", "nel", "alla",
        // German
        "der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "zu", "den", "von", "sich",
        "auch", "auf", "für", "dem", "im", "wir", "ich", "sie", "werden", "wird", "aber",
        // Dutch
        "het", "een", "van", "niet", "op", "zijn", "ook", "voor", "wordt", "deze", "naar", "maar",
        // Javanese
        "ora", "karo", "sing", "iki", "kuwi", "lan", "wis", "arep", "banjur", "marang", "saka", "uga",
        "ning", "durung", "menawa", "amarga", "nanging",
        // Sundanese
        "teu", "jeung", "pisan", "sareng", "henteu", "nu", "kana", "ieu", "eta",
    ]
}
