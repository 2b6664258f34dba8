/// Indonesian function words that carry little of an article's content: pronouns,
/// prepositions, conjunctions, particles, auxiliaries, determiners, quantifiers, question
/// words, common adverbs of time and degree, and the bare reporting formulas of news
/// ("katanya", "ujarnya").
///
/// The list was composed for this project. It holds inflected forms as written in text
/// ("dirinya", "bahwa", "adalah"), so it applies to lowercased tokens before stemming.
public enum StopWords {
    /// The list, lowercased.
    public static let indonesian: Set<String> = {
        var words = Set<String>()
        for group in groups {
            for word in group.split(separator: " ") { words.insert(String(word)) }
        }
        return words
    }()

    /// Whether `word` (lowercased) is a stop word.
    public static func contains(_ word: String) -> Bool { indonesian.contains(word) }

    /// Whether `word` (lowercased) is a stop word.
    public static func contains(_ word: Substring) -> Bool { indonesian.contains(String(word)) }

    private static let groups: [String] = [
        // Personal pronouns and their clitic or possessive forms.
        "aku saya kami kita engkau kau kamu anda dia ia beliau mereka daku dikau",
        "dirinya diriku dirimu sendiri sendirinya kalian",
        // Demonstratives and locatives.
        "ini itu tersebut begini begitu demikian sini situ sana situlah sinilah sanalah inilah itulah",
        "berikut berikutnya",
        // Prepositions.
        "di ke dari pada kepada daripada dalam atas bawah antara terhadap tentang mengenai sekitar",
        "dengan oleh untuk bagi buat sejak semenjak hingga sampai menuju menjelang selama sepanjang",
        "tanpa menurut bersama beserta serta via per melalui lewat seputar sekeliling",
        "antaranya diantara",
        // Conjunctions and connectives.
        "dan atau tetapi tapi namun melainkan sedangkan padahal sementara sambil seraya",
        "karena sebab akibat sehingga maka jadi makanya supaya agar biar",
        "jika kalau jikalau apabila bila bilamana manakala seandainya andaikan andai asalkan asal",
        "meski meskipun walau walaupun biarpun kendati kendatipun sekalipun",
        "ketika saat tatkala sewaktu semasa setelah sesudah sebelum sehabis seusai usai selepas",
        "bahwa bahwasanya yakni yaitu ialah adalah merupakan",
        "lalu kemudian selanjutnya seterusnya setelahnya sebelumnya akhirnya",
        "serta pula juga pun bahkan apalagi lagipula selain kecuali",
        "sebagaimana seperti bagaikan laksana seolah seakan seolah-olah seakan-akan",
        "yang",
        // Particles and interjections.
        "lah kah tah pun dong kok sih deh kan toh nah ya yah wah oh ah eh",
        // Auxiliaries, modals and aspect markers.
        "akan sedang tengah telah sudah sempat pernah masih belum baru lagi",
        "bisa dapat boleh harus mesti wajib perlu mampu mau ingin hendak",
        "ada adanya tidak tak bukan bukanlah tiada jangan janganlah belumlah",
        "ialah adalah merupakan menjadi jadi",
        // Question words.
        "apa apakah siapa siapakah mana manakah dimana kemana darimana mengapa kenapa bagaimana",
        "bagaimanakah kapan kapankah berapa berapakah apa-apa siapa-siapa",
        // Determiners and quantifiers.
        "semua semuanya segala segalanya seluruh seluruhnya setiap tiap masing-masing masing",
        "para sang si sejumlah beberapa banyak sedikit sebagian kebanyakan berbagai aneka",
        "suatu sesuatu seseorang sebuah seorang seekor",
        "satu salah lain lainnya lain-lain",
        "hal halnya",
        // Adverbs of degree, focus and manner.
        "sangat amat sekali terlalu cukup agak kurang lebih paling makin semakin kian",
        "hanya cuma saja sekadar sekedar justru memang tentu tentunya pasti barangkali mungkin",
        "hampir nyaris sungguh benar-benar sama-sama bersama-sama juga",
        "langsung sekaligus segera lagi-lagi pula",
        "begitupun demikianlah sedemikian sebegitu",
        // Adverbs of time.
        "kini sekarang saat kala dulu dahulu nanti kelak tadi barusan sebentar",
        "kemarin besok lusa",
        "selalu sering kerap jarang kadang kadang-kadang terkadang acap",
        // Bare reporting formulas that mark quotes rather than content.
        "kata katanya ujar ujarnya tutur tuturnya ucap ucapnya ungkap ungkapnya imbuh imbuhnya",
        "tambahnya jelasnya terangnya paparnya lanjutnya",
        "sebutnya tegasnya pungkas pungkasnya",
        "mengatakan menyatakan menuturkan mengungkapkan menjelaskan menambahkan menyebutkan",
        "dikatakan dinyatakan disebutkan",
        // Frequent light words.
        "pihak",
    ]
}
