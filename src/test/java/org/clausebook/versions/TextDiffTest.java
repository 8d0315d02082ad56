package org.clausebook.versions;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word-level comparison of rendered blocks, written out as {+inserted+} and [-deleted-] to read the results. */
class TextDiffTest {

    private static String show(TextDiff.Part part) {
        return part.blocks().stream().map(b -> (b.label().isEmpty() ? "" : b.label() + " ") + b.segments().stream()
                .map(s -> switch (s.op()) {
                    case "ins" -> "{+" + s.text() + "+}";
                    case "del" -> "[-" + s.text() + "-]";
                    default -> s.text();
                }).collect(Collectors.joining())).collect(Collectors.joining("\n"));
    }

    @Test
    void changedWordsAreMarkedAndTheRestOfTheParagraphIsKept() {
        TextDiff.Part d = TextDiff.compare("<p>A warranty of at least 2 years on every device.</p>",
                "<p>A warranty of at least 3 years on every device.</p>");
        assertEquals("A warranty of at least [-2-]{+3+} years on every device.", show(d));
        assertEquals(1, d.insertedWords());
        assertEquals(1, d.deletedWords());
        assertEquals("changed", d.blocks().get(0).change());
    }

    @Test
    void neighbouringChangedWordsReadAsOnePhrase() {
        TextDiff.Part d = TextDiff.compare("<p>This covers the factories where the final assembly of the goods takes place.</p>",
                "<p>This covers every stage of the supply chain of the goods.</p>");
        assertEquals("This covers [-the factories where-]{+every stage of+} the [-final assembly-]{+supply chain+} of the goods"
                + "[- takes place-].", show(d));
    }

    @Test
    void listItemsKeepTheirNumbersAndANewItemIsInsertedWhole() {
        TextDiff.Part d = TextDiff.compare("<ol><li>First duty.</li><li>Second duty.</li></ol>",
                "<ol><li>First duty.</li><li>A new duty.</li><li>Second duty.</li></ol>");
        assertEquals("1. First duty.\n2. {+A new duty.+}\n3. Second duty.", show(d));
        assertEquals(List.of("same", "inserted", "same"), d.blocks().stream().map(TextDiff.Block::change).toList());
        assertEquals(3, d.insertedWords());
        assertEquals(0, d.deletedWords());
    }

    @Test
    void aDeletedParagraphIsShownStruckThroughWhole() {
        TextDiff.Part d = TextDiff.compare("<p>Keep.</p><p>Drop this sentence.</p>", "<p>Keep.</p>");
        assertEquals("Keep.\n[-Drop this sentence.-]", show(d));
        assertEquals(3, d.deletedWords());
    }

    @Test
    void markdownSyntaxIsNotAChangeOnlyTheWordsAre() {
        TextDiff.Part d = TextDiff.compare("<p><strong>Bold</strong> text.</p>", "<p>Bold text.</p>");
        assertFalse(d.changed(), show(d));
        assertTrue(TextDiff.compare("", "<p>New.</p>").changed());
    }

    @Test
    void accentedAndNordicWordsAreWholeWords() {
        TextDiff.Part d = TextDiff.compare("<p>Leverandøren skal sikre garantien.</p>", "<p>Leverandøren skal sikre reservedelene.</p>");
        assertEquals("Leverandøren skal sikre [-garantien-]{+reservedelene+}.", show(d));
    }
}
