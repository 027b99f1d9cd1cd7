package io.fatti.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into pieces at every mention boundary, so that overlapping and nested mentions render as
 * flat, well-formed HTML: each piece lists the mentions covering it (outermost first) and the mentions starting at
 * it. Offsets are the original text's, as the mentions carry them.
 */
public final class Markup {

    private Markup() {
    }

    /** A piece of text and the mentions over it; {@code starting} are those whose first piece this is. */
    public record Piece(String text, List<MentionView> covering, List<MentionView> starting) {

        public boolean marked() {
            return !covering.isEmpty();
        }

        /** The innermost mention gives the colour. */
        public String type() {
            return covering.isEmpty() ? "" : covering.get(covering.size() - 1).type();
        }

        public String ids() {
            return String.join(" ", covering.stream().map(MentionView::id).toList());
        }
    }

    static List<Piece> pieces(String text, List<MentionView> mentions) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        List<MentionView> valid = new ArrayList<>();
        for (MentionView m : mentions) {
            if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
                valid.add(m);
                cuts.add(m.start());
                cuts.add(m.end());
            }
        }
        // outermost first: earlier start, then longer
        valid.sort(Comparator.comparingInt(MentionView::start).thenComparing(MentionView::end, Comparator.reverseOrder()));
        List<Piece> out = new ArrayList<>();
        List<MentionView> active = new ArrayList<>();
        int next = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            final int f = from;
            active.removeIf(m -> m.end() <= f);
            List<MentionView> starting = new ArrayList<>();
            while (next < valid.size() && valid.get(next).start() == f) {
                starting.add(valid.get(next));
                active.add(valid.get(next));
                next++;
            }
            List<MentionView> covering = new ArrayList<>(active);
            covering.sort(Comparator.comparingInt(MentionView::start)
                    .thenComparing(MentionView::end, Comparator.reverseOrder()));
            out.add(new Piece(text.substring(f, to), covering, starting));
            from = to;
        }
        return out;
    }
}
