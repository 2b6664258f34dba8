/// How a word written with a final period behaves at a possible sentence boundary.
enum AbbreviationKind: Sendable {
    /// Stands before what it qualifies (a title, rank, address part, currency), so a
    /// capitalised word after it continues the sentence: "Dr. Budi", "Jl. Sudirman", "Rp. 5.000".
    case prefix
    /// Stands before a number ("hlm. 5", "Km. 23", "17 Agt. 1945"); before a capitalised
    /// word it may end a sentence like any other word.
    case numberPrefix
    /// Follows what it qualifies and often ends a sentence ("dll.", "Tbk.", "S.Kom."): it
    /// ends one before a capitalised word, unless that word is itself such an abbreviation
    /// ("Pte. Ltd.", "S.Kom., M.Si.") or a bracket follows ("Tbk. (PTBA)").
    case suffix
    /// A degree spelt with single letters ("S.H.", "M.M."), which looks like a person's
    /// initials: it counts as a degree only after a comma or another degree.
    case initialsDegree
    /// A person's initials, "L.P." or "A.": a capitalised word after them is their name.
    case initials
}

/// Indonesian (and common English) abbreviations that take a period: titles, honorifics,
/// police and military ranks, academic degrees, address parts, company forms, units,
/// months and editorial shorthand. Keys are lowercased and keep their inner periods
/// ("s.h", "m.si", "a.n"); the final period is not part of the key.
enum Abbreviations {
    /// The kind of every known abbreviation, keyed by its lowercased spelling.
    static let kinds: [String: AbbreviationKind] = {
        var table: [String: AbbreviationKind] = [:]
        for word in prefixes { table[word] = .prefix }
        for word in numberPrefixes { table[word] = .numberPrefix }
        for word in suffixes { table[word] = .suffix }
        for word in initialsDegrees { table[word] = .initialsDegree }
        return table
    }()

    /// The kind of `key` (lowercased, without its final period), or nil for an ordinary word.
    static func kind(of key: String) -> AbbreviationKind? { kinds[key] }

    /// The longest key, in bytes: longer words are never looked up.
    static let maximumKeyLength = 10

    /// Words that stand before a name, a place or an amount.
    static let prefixes: [String] = [
        // Honorifics and forms of address.
        "bpk", "bp", "sdr", "sdri", "sdra", "tn", "ny", "nn", "yth", "yts", "kh", "k.h", "hj", "hjh",
        "ust", "ustz", "ustd", "tgk", "dt", "dtk", "pdt", "pst", "mgr", "rm", "sr", "br", "fr",
        "r.a", "r.m", "r.ay", "r.r", "r.ng", "b.r.a", "k.p.h", "k.g.p.h", "g.k.r", "k.r.t", "k.g.p.a.a",
        "mr", "mrs", "ms", "mme", "mlle", "messrs", "hon", "rev", "st", "sta", "sto",
        // Acting and deputy offices: "Plt. Kepala BPS", "Pj. Gubernur".
        "plt", "plh", "pj", "pjs", "wk",
        // Academic titles written before the name.
        "prof", "dr", "drs", "dra", "drg", "ir",
        // Military ranks (TNI) and corps.
        "jend", "jen", "letjen", "mayjen", "brigjen", "kol", "letkol", "mayj", "kapt", "lettu", "letda",
        "serma", "serka", "sertu", "serda", "kopda", "koptu", "kopka", "pratu", "prada", "praka",
        "pelda", "peltu", "laks", "laksda", "laksdya", "laksma", "marsda", "marsdya", "marsma",
        "inf", "kav", "czi", "cpl", "cba", "chb", "cku", "ckm", "cpm", "pnb",
        // Police ranks (Polri).
        "pol", "purn", "komjen", "irjen", "kombes", "akbp", "akp", "kompol", "iptu", "ipda", "aiptu",
        "aipda", "bripka", "brigpol", "briptu", "bripda", "bharada", "bharatu", "bharaka", "abrip",
        "abriptu", "abripda", "insp",
        // English ranks and offices.
        "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "pvt", "brig", "gov", "rep", "pres",
        // Address parts and place kinds.
        "jl", "jln", "gg", "kp", "kpg", "kmp", "kel", "kec", "kab", "prov", "ds", "dsn", "dk", "blk",
        "kompl", "komp", "perum", "gd", "ged", "gdg", "kep", "pul", "gn", "tlk", "sg", "mt", "no",
        // Currency.
        "rp",
        // Company and organisation forms written before the name.
        "pt", "cv", "ud", "fa", "pte", "pty", "sdn", "yay", "dept",
        // Shorthand that introduces what follows.
        "a.n", "u.p", "d.a", "s.d", "u.b", "q.q", "c.q", "p.p", "a.l", "e.g", "i.e", "cf", "cfr", "viz",
        "vs", "ca", "cca", "lih", "bdk", "spt", "dgn", "utk", "yg", "kpd", "sbg", "ttg", "mis",
        "msl", "bhs", "dok", "qs",
    ]

    /// Words that stand before a number: references, dates, times, units.
    static let numberPrefixes: [String] = [
        "hlm", "hal", "vol", "jil", "cet", "ed", "ps", "bab", "ay", "nmr", "nom", "art",
        "tgl", "thn", "th", "bln", "pkl", "pk", "rt", "rw", "ext", "telp", "tlp", "tel", "hp", "fax",
        "faks", "est", "approx", "kl",
        "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "agst", "aug", "sep", "sept",
        "okt", "oct", "nov", "des", "dec",
        "km", "m", "cm", "mm", "kg", "g", "mg", "ha", "l", "ml", "kwh", "mw",
    ]

    /// Words that follow what they qualify: editorial shorthand, company forms, degrees.
    static let suffixes: [String] = [
        // Editorial shorthand.
        "dll", "dsb", "dst", "dkk", "dlsb", "etc", "tsb", "ybs", "sda", "red", "cs", "al", "ibid",
        "jr", "sbb",
        // Company forms.
        "tbk", "ltd", "inc", "co", "corp", "llc", "llp", "plc", "bhd", "gmbh", "bros",
        // Degrees written after the name, with mixed-case or multi-letter parts.
        "s.sos", "s.kom", "s.pd", "s.ag", "s.psi", "s.ked", "s.farm", "s.ip", "s.hut", "s.si",
        "s.ikom", "s.i.kom", "s.hum", "s.kep", "s.km", "s.tp", "s.pt", "s.pi", "s.kg", "s.gz",
        "s.ds", "s.sn", "s.th", "s.pdi", "s.hi", "s.sy", "s.tr", "s.st", "s.kh", "s.ak",
        "m.si", "m.kom", "m.pd", "m.ag", "m.hum", "m.sc", "m.kes", "m.eng", "m.ak", "m.ikom",
        "m.i.kom", "m.psi", "m.phil", "m.sos", "m.hi", "m.pdi", "m.ba", "m.sn", "m.ds", "m.kn",
        "ll.m", "ll.b", "ph.d", "lc", "b.sc", "bsc", "msc", "mba", "phd", "mph", "apt", "akt", "ak",
        "sp.a", "sp.pd", "sp.og", "sp.b", "sp.jp", "sp.s", "sp.m", "sp.kj", "sp.an", "sp.rad",
        "sp.tht", "sp.kk", "sp.p", "sp.u", "sp.bs", "sp.ot", "sp.and", "sp.n", "sp.mk", "sp.pk",
    ]

    /// Degrees spelt with single letters, easily mistaken for initials.
    static let initialsDegrees: [String] = [
        "s.h", "s.e", "s.t", "s.s", "s.p", "s.e.i", "s.h.i", "m.h", "m.m", "m.t", "m.a", "m.e", "m.p",
        "m.b.a", "m.p.a", "m.p.h", "b.a", "b.s", "m.s",
    ]
}
