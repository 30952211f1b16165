package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;

/** The aligner as a library for a cluster job or a reviewing tool: ranges, fixed beads, corpus lexicon, serialisation. */
class AlignerApiTest {
    private static final List<String> EN = TestData.lines("ntrex-016.en");
    private static final List<String> AR = TestData.lines("ntrex-016.ar");
    private static final List<Bead> GOLD = BeadFormat.parseAll(TestData.lines("ntrex-016.gold"));
    private static final SentenceAligner ALIGNER = new SentenceAligner(AlignerConfig.standard());

    private static List<String> strings(List<Bead> beads) {
        return beads.stream().map(Bead::toBeadString).toList();
    }

    @Test
    void alignRangeAlignsOnlyTheStretchWithWholeListIndices() {
        Bead first = GOLD.get(10);
        Bead last = GOLD.get(20);
        Alignment a = ALIGNER.alignRange(EN, AR, first.enStart(), last.enEnd(), first.arStart(), last.arEnd());
        assertThat(a.beads().get(0).enStart()).isEqualTo(first.enStart());
        assertThat(a.beads().get(0).arStart()).isEqualTo(first.arStart());
        Bead end = a.beads().get(a.beads().size() - 1);
        assertThat(end.enEnd()).isEqualTo(last.enEnd());
        assertThat(end.arEnd()).isEqualTo(last.arEnd());
        // the stretch's gold beads are found (the gold is real: these are the stretch's translations)
        assertThat(strings(a.beads())).containsAll(strings(GOLD.subList(10, 21)).stream()
                .filter(s -> !s.contains("[]")).toList());
    }

    @Test
    void realignKeepsFixedBeadsAndFillsTheGapsBetweenThem() {
        // a reviewer confirmed gold beads 5 and 15, and (wrongly) a 2-2 bead at 25-26
        Bead g25 = GOLD.get(25);
        Bead g26 = GOLD.get(26);
        Bead odd = new Bead(g25.enStart(), g26.enEnd() - g25.enStart(), g25.arStart(), g26.arEnd() - g25.arStart(), 1.0);
        List<Bead> fixed = List.of(GOLD.get(5), GOLD.get(15), odd);
        Alignment a = ALIGNER.realign(EN, AR, fixed, null);
        assertThat(a.beads()).contains(GOLD.get(5), GOLD.get(15), odd);
        // monotone and covering
        int e = 0;
        int r = 0;
        for (Bead b : a.beads()) {
            assertThat(b.enStart()).isEqualTo(e);
            assertThat(b.arStart()).isEqualTo(r);
            e = b.enEnd();
            r = b.arEnd();
        }
        assertThat(e).isEqualTo(EN.size());
        assertThat(r).isEqualTo(AR.size());
        // the gaps align as well as the free alignment does there
        AlignmentScore s = new AlignmentScore();
        s.add(a.beads(), GOLD);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void realignRefusesOverlappingFixedBeads() {
        List<Bead> fixed = List.of(new Bead(3, 2, 3, 1, 1), new Bead(4, 1, 4, 1, 1));
        assertThatThrownBy(() -> ALIGNER.realign(EN, AR, fixed, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[4]:[4]");
    }

    @Test
    void corpusLexiconIsLearnedFromCountsMergedAcrossPartitions() {
        List<String> en1 = TestData.lines("ntrex-000.en");
        List<String> ar1 = TestData.lines("ntrex-000.ar");
        // two "partitions", each counting one document, merged in either order
        LexiconCounts p1 = new LexiconCounts().add(en1, ar1, ALIGNER.align(en1, ar1), 0.5);
        LexiconCounts p2 = new LexiconCounts().add(EN, AR, ALIGNER.align(EN, AR), 0.5);
        LexiconCounts q1 = new LexiconCounts().add(en1, ar1, ALIGNER.align(en1, ar1), 0.5);
        LexiconCounts q2 = new LexiconCounts().add(EN, AR, ALIGNER.align(EN, AR), 0.5);
        Lexicon a = p1.merge(p2).toLexicon(2, 0.5);
        Lexicon b = q2.merge(q1).toLexicon(2, 0.5);
        assertThat(a.entries()).isEqualTo(b.entries());
        assertThat(p1.beads()).isGreaterThan(50);
        // ntrex-000 reports the Macedonian referendum: the corpus lexicon pairs it with استفتاء
        assertThat(a.entries().get("referendum")).contains(Words.arabic(Words.normalizeArabic("الاستفتاء")));
        // and aligning with it is at least as good as without
        SentenceAligner withCorpus = new SentenceAligner(ALIGNER.config().withDictionary(a));
        AlignmentScore s = new AlignmentScore();
        s.add(withCorpus.align(EN, AR).beads(), GOLD);
        assertThat(s.f1()).isGreaterThanOrEqualTo(TestData.score(ALIGNER.align(EN, AR).beads(), "ntrex-016").f1() - 0.02);
    }

    @Test
    void configurationSurvivesSerialisationAndAlignsTheSame() throws Exception {
        AlignerConfig config = AlignerConfig.standard()
                .withDictionary(Lexicon.builder().add("consternation", "استياء").build())
                .withAnchors(GlossaryAnchors.of(new Glossary("g", List.of(GlossaryEntry.of("Welsh Parliament", "برلمان ويلز")))));
        AlignerConfig copy = roundTrip(config);
        assertThat(copy.dictionary().entries()).isEqualTo(config.dictionary().entries());
        assertThat(copy.anchors().inArabic("اسم الجمعية إلى برلمان ويلز.")).containsExactly("welsh parliament");
        assertThat(roundTrip(AlignerConfig.defaults()).names()).isSameAs(NameMatcher.NONE);
        assertThat(roundTrip(AlignerConfig.defaults()).anchors()).isSameAs(PhraseAnchors.NONE);
        assertThat(strings(new SentenceAligner(copy).align(EN, AR).beads()))
                .isEqualTo(strings(new SentenceAligner(config).align(EN, AR).beads()));
    }

    @Test
    void oneAlignerServesManyThreadsWithTheSameResults() throws Exception {
        List<String> expected = strings(ALIGNER.align(EN, AR).beads());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> fs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                fs.add(pool.submit(() -> strings(ALIGNER.align(EN, AR).beads())));
            }
            for (Future<List<String>> f : fs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nameCachesStayBounded() {
        TransliterationNames names = new TransliterationNames(100);
        for (int k = 0; k < 5000; k++) {
            names.similarity("Name" + k, "اسم" + k);
        }
        assertThat(names.cachedWords()).isLessThanOrEqualTo(4 * 100);
        assertThat(names.similarity("Reuters", "رويترز")).isGreaterThan(0.75);
    }

    @Test
    void lexiconIsImmutable() {
        Lexicon lex = Lexicon.builtIn();
        assertThatThrownBy(() -> lex.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lex.entries().values().iterator().next().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static AlignerConfig roundTrip(AlignerConfig c) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (AlignerConfig) in.readObject();
        }
    }
}
