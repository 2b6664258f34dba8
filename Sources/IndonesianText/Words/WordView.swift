/// A candidate stem seen as a window on the bytes of the word being stemmed, with at most
/// one letter put back in front (the initial consonant a nasal prefix swallowed, as the
/// "p" of "memukul" → "pukul"), so that trying a candidate never allocates.
struct WordView {
    /// The letter restored in front of the window, or 0 when none.
    var lead: UInt8
    /// Where the window starts in the word's bytes.
    var start: Int
    /// Where the window ends (exclusive) in the word's bytes.
    var end: Int

    /// The whole of a word of `count` bytes.
    init(wholeWordOf count: Int) {
        lead = 0
        start = 0
        end = count
    }

    init(lead: UInt8, start: Int, end: Int) {
        self.lead = lead
        self.start = start
        self.end = end
    }

    /// The number of letters in the candidate.
    @inline(__always) var count: Int { end - start + (lead == 0 ? 0 : 1) }

    /// The candidate without its first `length` letters.
    func droppingFirst(_ length: Int) -> WordView {
        WordView(lead: 0, start: start + length - (lead == 0 ? 0 : 1), end: end)
    }

    /// The candidate without its first `length` letters and with `letter` put in front.
    func recoding(_ length: Int, as letter: UInt8) -> WordView {
        WordView(lead: letter, start: start + length - (lead == 0 ? 0 : 1), end: end)
    }

    /// The candidate without its last `length` letters.
    func droppingLast(_ length: Int) -> WordView {
        WordView(lead: lead, start: start, end: end - length)
    }
}
