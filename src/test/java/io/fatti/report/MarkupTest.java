package io.fatti.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

    static MentionView m(String id, int start, int end, String text) {
        return new MentionView(id, "MONEY", start, end, text.substring(start, end), List.of());
    }

    @Test
    void nestedAndOverlappingMentionsCutIntoFlatPieces() {
        String text = "ricavi per 12,22 miliardi di dollari nel 2021";
        List<MentionView> ms = List.of(m("outer", 11, 36, text), m("inner", 11, 16, text), m("cross", 29, 45, text));
        List<Markup.Piece> pieces = Markup.pieces(text, ms);
        assertThat(String.join("", pieces.stream().map(Markup.Piece::text).toList())).isEqualTo(text);
        assertThat(pieces).extracting(Markup.Piece::text)
                .containsExactly("ricavi per ", "12,22", " miliardi di ", "dollari", " nel 2021");
        assertThat(pieces.get(1).ids()).isEqualTo("outer inner");
        assertThat(pieces.get(1).starting()).extracting(MentionView::id).containsExactly("outer", "inner");
        assertThat(pieces.get(3).ids()).isEqualTo("outer cross");
        assertThat(pieces.get(4).ids()).isEqualTo("cross");
        assertThat(pieces.get(0).marked()).isFalse();
    }

    @Test
    void spansOutsideTheTextAreLeftOut() {
        String text = "abc";
        List<Markup.Piece> pieces = Markup.pieces(text, List.of(new MentionView("x", "DATE", 2, 9, "c", List.of())));
        assertThat(pieces).extracting(Markup.Piece::text).containsExactly("abc");
    }
}
