package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stop words that are a person's name by where they stand (issue 12: unrendered names the extractor never saw):
 * a month right after a title is a surname (PM May, Mrs May), and a capitalised "Will" that opens a capitalised
 * run inside a sentence is a first name (coach Will Wade). The sentences are from NTREX-128 (newstest2019 English
 * and its Arabic reference, CC BY-SA 4.0, Federmann et al. 2022): the dev memory's u139 and u153, and a unit of
 * the ntrex_dev documents outside it; some are shortened.
 */
class TitleSurnameAndGivenNameTest {
    private static List<String> names(String en) {
        return new NameExtractor().extract(en).stream().map(NameExtractor.Mention::name).toList();
    }

    @Test
    void aMonthRightAfterATitleIsASurname() {
        assertThat(names("British PM May accuses critics of 'playing politics' over Brexit"))
                .containsExactly("May", "Brexit");
        assertThat(names("He accused big construction firms of keeping property prices high by snapping up land but not"
                + " using it, and urged Mrs May to abandon quotas on affordable homes to fix Britain's \"housing disgrace.\""))
                .containsExactly("May", "Britain");
        // the title is no part of the name, and a month elsewhere is still a date
        assertThat(names("Prime Minister Theresa May arrives for the Conservative Party Conference in Birmingham,"
                + " Britain, September 29, 2018.")).containsExactly("Theresa May", "Conservative Party Conference",
                "Birmingham", "Britain");
        assertThat(names("The talks resume in May, said Prime Minister Johnson.")).containsExactly("Johnson");
    }

    @Test
    void aCapitalisedWillInsideASentenceBeforeANameIsAFirstName() {
        assertThat(names("On Friday morning, LSU basketball coach Will Wade said the team is \"devastated\" and \"in"
                + " shock\" by Wayde's death.")).containsExactly("LSU", "Will Wade", "Wayde");
        // in a Title Case heading it is the modal verb
        assertThat(names("Elizabeth Warren Will Take \"Hard Look\" At Running For President in 2020, Massachusetts"
                + " Senator Says")).doesNotContain("Will Take", "Will");
    }
}
