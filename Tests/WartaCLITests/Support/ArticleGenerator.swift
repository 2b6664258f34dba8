import Foundation

/// Fictional Indonesian news articles made from templates, every one different, for job tests
/// that need hundreds of articles whose paragraphs never repeat across articles.
enum ArticleGenerator {
    static let places = ["Sambara", "Kota Lirang", "Kabupaten Teluk Damar", "Pulau Seruni", "Kecamatan Batu Nila", "Desa Rawa Indah"]
    static let facilities = ["puskesmas", "jembatan", "sekolah dasar", "pasar tradisional", "terminal bus", "perpustakaan desa"]
    static let officials = ["Bupati", "Wali Kota", "Kepala Dinas", "Camat", "Kepala Desa", "Ketua DPRD"]
    static let names = ["Sari Wulandari", "Bambang Hartono", "Dewi Lestari", "Agus Salim", "Rina Kusuma", "Hendra Gunawan"]
    static let days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]

    /// Article number `index` as a `{"id", "title", "text"}` JSON line.
    static func jsonLine(_ index: Int) -> String {
        let article = self.article(index)
        let object: [String: String] = ["id": "berita-\(index)", "title": article.title, "text": article.text]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Article number `index`: a title and four paragraphs, each naming the number.
    static func article(_ index: Int) -> (title: String, text: String) {
        let place = places[index % places.count]
        let facility = facilities[(index / 6) % facilities.count]
        let official = officials[(index / 36) % officials.count]
        let name = names[(index * 7) % names.count]
        let day = days[index % days.count]
        let units = 3 + index
        let budget = 10 + index * 3
        let title = "\(place) Bangun \(units) Unit \(facility.capitalized) Baru Tahun Ini"
        let paragraphs = [
            "\(place) - Pemerintah daerah \(place) akan membangun \(units) unit \(facility) baru dengan anggaran Rp \(budget) miliar, kata \(official) \(name) pada \(day) (\(index % 28 + 1)/6).",
            "Menurut \(name), pembangunan \(facility) itu ditargetkan selesai dalam \(index % 11 + 4) bulan dan akan melayani sekitar \(1_000 + index * 17) warga di wilayah tersebut.",
            "\"Kami ingin warga mendapatkan layanan yang lebih dekat lewat proyek ke-\(index),\" ujar \(name) di kantornya. Ia menambahkan bahwa proyek ke-\(index) itu akan melibatkan \(index % 5 + 2) kontraktor lokal.",
            "Sejumlah warga \(place) menyambut baik rencana ke-\(index) tersebut. Mereka berharap proyek nomor \(index) ini tidak tertunda seperti proyek serupa pada tahun lalu.",
        ]
        return (title, paragraphs.joined(separator: "\n\n"))
    }
}
