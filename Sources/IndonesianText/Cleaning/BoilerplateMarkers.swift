/// The words and phrases, written by us, that mark page furniture on Indonesian news
/// sites. All are lowercase ASCII and compared case-insensitively.
enum BoilerplateMarkers {
    private static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
    private static func packed(_ words: [String]) -> WordSet { WordSet(words) }

    /// Openers of a link to another article ("Baca juga: …"); a line may go on with body text.
    static let relatedLinkOpeners = MarkerSet([
        "baca juga", "baca pula", "simak juga", "lihat juga", "tonton juga", "saksikan juga",
        "baca selengkapnya", "read also", "see also", "baca:", "simak:", "lihat:", "baca lagi",
        "pilihan editor:", "pilihan editor :", "berita terkait:", "artikel terkait:", "tonton:", "video:",
    ])

    /// Whole-line headings that open a block of links to other articles; everything
    /// under them is boilerplate.
    static let relatedSectionHeadings: Set<[UInt8]> = Set(bytes([
        "berita terkait", "artikel terkait", "topik terkait", "tag terkait", "video terkait", "foto terkait",
        "berita lainnya", "artikel lainnya", "berita lain", "baca berita lainnya", "lainnya",
        "berita terpopuler", "terpopuler", "berita populer", "populer", "paling populer", "terpopuler hari ini",
        "paling banyak dibaca", "terbanyak dibaca", "berita terkini", "terkini", "berita terbaru", "terbaru",
        "rekomendasi", "rekomendasi untuk anda", "rekomendasi berita", "berita rekomendasi", "pilihan editor",
        "pilihan redaksi", "berita pilihan", "video pilihan", "artikel pilihan", "tag", "tags", "topik", "topics",
        "related", "related news", "related articles", "most popular", "trending", "you may also like",
        "baca artikel lainnya", "artikel menarik lainnya", "berita menarik lainnya", "jangan lewatkan",
        "kumpulan berita", "news update", "lihat semua", "more stories", "editor's picks", "editors' picks",
    ]))

    /// Whole-line links that only introduce links ("Baca juga:" on its own line).
    static let relatedLinkLabels: Set<[UInt8]> = Set(bytes([
        "baca juga", "baca pula", "simak juga", "lihat juga", "tonton juga", "saksikan juga", "baca",
        "simak", "read also", "see also", "baca lagi",
    ]))

    /// Openers of lines that are widgets whatever follows: ads, scroll and skip links,
    /// share, follow and subscribe prompts, paywalls, embeds.
    static let widgetOpeners = MarkerSet([
        "advertisement", "advertising", "scroll to continue", "scroll to top", "scroll untuk",
        "scroll ke bawah", "gulir untuk", "gulir ke bawah", "lanjutkan membaca", "lanjut membaca",
        "lewati ke", "lewatkan ke", "skip to", "bagikan:", "bagikan :", "bagikan artikel", "bagikan berita",
        "share:", "share :", "share this", "share artikel", "bagikan ke", "ikuti kami", "ikuti berita",
        "ikuti juga", "ikuti akun", "ikuti saluran", "ikuti channel", "ikuti instagram", "ikuti update",
        "follow us", "follow kami", "follow akun", "follow berita", "follow instagram", "subscribe",
        "berlangganan", "dapatkan update", "dapatkan berita", "dapatkan informasi", "dapatkan notifikasi",
        "download aplikasi", "unduh aplikasi", "install aplikasi", "klik di sini", "klik disini",
        "klik link", "klik tautan", "simak berita", "simak breaking news", "simak video", "simak juga video",
        "tonton video", "saksikan video", "saksikan live", "cek berita", "baca berita", "baca artikel",
        "pilih saluran", "gabung grup", "gabung di grup", "gabung channel", "bergabung di grup",
        "sudah punya akun", "belum punya akun", "silakan login", "silahkan login", "silakan masuk",
        "login untuk", "masuk untuk", "daftar untuk", "artikel ini khusus", "konten ini khusus",
        "konten premium", "untuk membaca artikel", "untuk melanjutkan membaca", "nikmati akses",
        "baca tanpa iklan", "copy link", "salin link", "salin tautan", "gambas:", "[gambas", "loading",
        "lihat foto", "lihat video", "view this post on instagram", "lihat postingan ini",
        "a post shared by", "sebuah kiriman dibagikan", "tekan tombol", "komentar (", "tulis komentar",
        "laporkan komentar", "kirim komentar", "artikel selanjutnya", "artikel sebelumnya",
        "berita selanjutnya", "berita sebelumnya", "halaman selanjutnya", "halaman berikutnya",
        "all rights reserved", "hak cipta dilindungi", "powered by", "cari berita", "connect with us",
        "play video", "putar video", "iklan -", "- iklan", "ads by", "sponsored", "baca halaman",
        "lanjut ke halaman", "next article", "dilarang keras mengambil konten", "dilarang mengambil konten",
        "pastikan kamu sudah", "pastikan anda sudah", "tags:", "tags :", "tag:", "tag :", "topik:", "kata kunci:",
        "keyword:", "keywords:", "editor's pick", "download app", "unduh app", "cek fakta", "kirim berita",
    ])

    /// Lines that end like a teaser of another article ("… Read More").
    static let teaserEndings = bytes(["read more", "baca selengkapnya", "selengkapnya", "read more »", "lanjutkan"])

    /// Labels of credit lines ("Editor: …", "Penulis | …") and, alone on a line, of the
    /// name on the next line.
    static let creditWords: WordSet = packed([
        "reporter", "editor", "penulis", "pewarta", "redaktur", "fotografer", "kontributor", "produser",
        "penyunting", "videografer", "rep", "red", "wartawan", "koresponden", "narator", "grafis", "desain",
        "kameramen", "juru", "penerjemah", "penyusun", "peliput", "laporan", "author", "writer",
        "uploader", "sumber", "foto", "video", "ilustrasi", "thumbnail", "infografis", "teks",
    ])

    /// Credit words that name the people who wrote or edited the article; such a credit
    /// after the body closes the article.
    static let personCreditWords: WordSet = packed([
        "reporter", "editor", "penulis", "pewarta", "redaktur", "kontributor", "produser", "penyunting",
        "rep", "red", "wartawan", "koresponden", "penyusun", "peliput", "laporan", "author", "writer",
    ])

    /// Credit words that may stand alone on a line with the name on the next line.
    static let bareCreditLabels: Set<[UInt8]> = Set(bytes([
        "reporter", "editor", "penulis", "pewarta", "redaktur", "fotografer", "kontributor", "produser",
        "penyunting", "videografer", "wartawan", "author", "writer", "editor foto", "foto", "video editor",
        "reporter & editor", "penulis & editor", "laporan",
    ]))

    /// Openers of the line naming where the article came from.
    static let sourceOpeners = MarkerSet(["sumber:", "sumber :", "source:", "source :", "sumber berita:", "sumber artikel:"])

    /// Openers of "this article first appeared at …" lines; the rest is the source.
    static let republishedOpeners = MarkerSet([
        "artikel ini telah tayang di", "artikel ini telah tayang", "artikel ini sudah tayang di",
        "artikel ini pernah tayang di", "tulisan ini telah tayang di", "artikel ini telah terbit di",
        "artikel ini pertama kali tayang di", "artikel ini pertama kali terbit di", "berita ini telah tayang di",
        "artikel ini juga tayang di", "this article was first published",
    ])

    /// Openers of photo captions and photo credits.
    static let captionOpeners = MarkerSet([
        "foto:", "foto :", "foto/", "photo:", "photo :", "ilustrasi:", "ilustrasi :", "ilustrasi foto",
        "(foto", "(photo", "keterangan foto", "caption:", "sumber foto", "foto ilustrasi", "foto dok",
        "foto: ", "dok. foto", "(ilustrasi",
    ])


    /// Photo-credit phrases and " Foto:" labels, looked for together at a caption's end.
    static let captionTailMarkers = MarkerSet([
        "antara foto/", "antarafoto/", "afp photo", "ap photo", "getty images", "reuters/", "/reuters", "(dok.", "(dok ",
        "(doc.", " foto:", " foto :",
    ])

    /// Openers of the last bracket of a caption: "(Foto: …)", "(Dok. …)", "(ilustrasi)".
    static let captionBracketOpeners = bytes(["foto", "photo", "dok", "doc", "ilustrasi", "sumber foto", "istimewa", "tangkapan layar", "screenshot"])

    /// Agencies and outlets whose name may precede a slash in a photo credit ("REUTERS/Name").
    static let photoAgencies: WordSet = packed(["antara", "reuters", "afp", "ap", "epa", "xinhua", "getty", "anadolu", "bernama", "dok", "istimewa"])

    /// Lowercase words that headlines in title case leave uncapitalized, so they neither
    /// make a line look like a headline nor keep it from looking like one.
    static let functionWords: WordSet = packed([
        "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "atau", "pada", "soal", "jadi", "ini", "itu",
        "vs", "hingga", "usai", "jelang", "demi", "agar", "bagi", "saat", "akan", "bisa", "tak", "tidak",
        "dalam", "oleh", "sebagai", "ada", "juga", "masih", "sudah", "belum", "karena", "tapi", "namun",
        "per", "buat", "sampai", "seperti", "antara", "tanpa", "kepada", "terhadap", "lewat", "via", "se",
        "jadi", "pun", "lagi", "kok", "the", "of", "and", "in", "to", "for", "a", "an", "on", "at", "by", "is",
        "de", "da", "van", "von", "al", "el", "la", "le", "bin", "binti", "dos", "del", "du", "ala", "sang",
    ])

    /// Names of days and months, Indonesian and English, full and abbreviated.
    static let calendarWords: WordSet = packed([
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "sen", "sel", "rab", "kam", "jum", "sab", "min",
    ])

    /// Names of months, Indonesian and English, full and abbreviated.
    static let monthWords: WordSet = packed([
        "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
        "oktober", "november", "nopember", "desember", "january", "february", "march", "may", "june", "july",
        "august", "october", "december", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "aug", "sep",
        "sept", "okt", "oct", "nov", "des", "dec",
    ])

    /// Time zones and words that accompany a timestamp.
    static let timeZoneWords: WordSet = packed(["wib", "wita", "wit", "gmt", "utc", "pm", "am"])

    /// Words that may fill out a date or publication-time line.
    static let timestampWords: WordSet = packed([
        "pukul", "jam", "diperbarui", "diterbitkan", "dipublikasi", "terbit", "tayang",
        "published", "updated", "update", "diupdate", "posted", "dibuat", "ditulis", "on", "at", "pada",
        "hari", "menit", "detik", "yang", "jam", "th", "st", "nd", "rd",
    ])

    /// Words that make a line of time words a relative timestamp ("5 jam yang lalu").
    static let relativeTimeWords: WordSet = packed(["lalu", "ago", "kemarin", "yesterday", "barusan"])

    /// Endings of words that name an outlet ("detikNews", "KOMPASTV", "Liputan6.com").
    static let outletEndings = bytes(["news", "tv", ".com", ".co.id", ".co", ".id", ".net", ".org", "online", "post", "pos"])
}
