import Feeds
import Testing

@Suite struct StoryURLTests {
    @Test func dropsTheFragmentAndTrackingParameters() {
        #expect(StoryURL.key("https://kabar.example/berita/a?utm_source=rss&utm_medium=feed#komentar") == "https://kabar.example/berita/a")
        #expect(StoryURL.key("https://kabar.example/berita/a?id=7&UTM_Campaign=x&fbclid=abc&hal=2") == "https://kabar.example/berita/a?id=7&hal=2")
    }

    @Test func lowercasesSchemeAndHostButNotThePath() {
        #expect(StoryURL.key("HTTPS://Kabar.Example/Berita/A") == "https://kabar.example/Berita/A")
    }

    @Test func dropsDefaultPortsAndGivesAnEmptyPathASlash() {
        #expect(StoryURL.key("https://kabar.example:443") == "https://kabar.example/")
        #expect(StoryURL.key("http://kabar.example:80/a") == "http://kabar.example/a")
        #expect(StoryURL.key("http://kabar.example:8080/a") == "http://kabar.example:8080/a")
    }

    @Test func keepsParametersThatSelectTheStory() {
        #expect(StoryURL.key("https://kabar.example/baca.php?id=12") == "https://kabar.example/baca.php?id=12")
        #expect(StoryURL.key("https://kabar.example/baca.php?id=12") != StoryURL.key("https://kabar.example/baca.php?id=13"))
    }
}
