package io.fatti.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Second stage of the name finder: given a name's span, a maximum-entropy classifier over span-level evidence (its
 * words, shape, neighbours, name-list membership) chooses ORG, PER or LOC, and replaces the sequence model's label
 * when it is confident. Trained on the gold names of the training corpus, each with the label a sequence model
 * trained on the other half of the corpus gave the same span (two-fold), so it learns when to trust that label.
 */
public final class SpanRelabeller {

    private final MaxentModel model;
    private final NameLexicons lexicons;
    private final double threshold;

    SpanRelabeller(MaxentModel model, NameLexicons lexicons, double threshold) {
        this.model = model;
        this.lexicons = lexicons;
        this.threshold = threshold;
    }

    static String shape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length() && b.length() < 6; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    /** The evidence for the name at tokens {@code [from, to)}. */
    String[] context(String[] tokens, int from, int to, String ner) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("ner=" + ner);
        StringBuilder whole = new StringBuilder();
        StringBuilder shapes = new StringBuilder();
        for (int i = from; i < to; i++) {
            String lw = tokens[i].toLowerCase(Locale.ROOT);
            f.add("w=" + lw);
            if (lw.length() > 3) {
                f.add("suf=" + lw.substring(lw.length() - 3));
            }
            whole.append(i > from ? " " : "").append(lw);
            shapes.append(i > from ? " " : "").append(shape(tokens[i]));
            for (String p : lexicons.partOf(tokens[i])) {
                f.add("part=" + p);
            }
            for (Map.Entry<String, Gazetteer> g : lexicons.bySource().entrySet()) {
                Gazetteer.Entry e = g.getValue().single(tokens[i]);
                if (e != null) {
                    f.add("gw=" + g.getKey() + e.label());
                }
            }
        }
        f.add("span=" + whole);
        f.add("shape=" + shapes);
        f.add("len=" + Math.min(to - from, 4));
        f.add("first=" + tokens[from].toLowerCase(Locale.ROOT));
        f.add("last=" + tokens[to - 1].toLowerCase(Locale.ROOT));
        String[] sub = java.util.Arrays.copyOfRange(tokens, from, to);
        for (Map.Entry<String, Gazetteer> g : lexicons.bySource().entrySet()) {
            Gazetteer.Match m = g.getValue().longestAt(sub, 0);
            if (m != null && m.to() == sub.length) {
                f.add("gz=" + g.getKey() + m.label());
            }
        }
        String p1 = from > 0 ? tokens[from - 1].toLowerCase(Locale.ROOT) : "<s>";
        String p2 = from > 1 ? tokens[from - 2].toLowerCase(Locale.ROOT) : "<s>";
        String n1 = to < tokens.length ? tokens[to].toLowerCase(Locale.ROOT) : "</s>";
        String n2 = to + 1 < tokens.length ? tokens[to + 1].toLowerCase(Locale.ROOT) : "</s>";
        f.add("p1=" + p1);
        f.add("p2=" + p2);
        f.add("p12=" + p2 + "_" + p1);
        f.add("n1=" + n1);
        f.add("n2=" + n2);
        f.add("n12=" + n1 + "_" + n2);
        for (int i = Math.max(0, from - 4); i < Math.min(tokens.length, to + 4); i++) {
            if (i < from || i >= to) {
                f.add("win=" + tokens[i].toLowerCase(Locale.ROOT));
            }
        }
        String bare = ItalianPrepositions.bare(p1);
        if (bare != null) {
            f.add("prep=" + bare);
        }
        int n = f.size();
        for (int i = 0; i < n; i++) {
            String x = f.get(i);
            if (x.startsWith("gz=") || x.startsWith("prep=") || x.startsWith("last=") || x.startsWith("shape=")) {
                f.add(ner + "&" + x);
            }
        }
        return f.toArray(new String[0]);
    }

    /** Training example: the gold label of a name, and what the sequence model said of the same span (or "none"). */
    public record Example(String[] tokens, Span gold, String ner) {
    }

    public static SpanRelabeller train(List<Example> examples, NameLexicons lexicons, double threshold,
            int iterations) throws IOException {
        SpanRelabeller proto = new SpanRelabeller(null, lexicons, threshold);
        List<Event> events = new ArrayList<>();
        for (Example e : examples) {
            events.add(new Event(e.gold().getType(),
                    proto.context(e.tokens(), e.gold().getStart(), e.gold().getEnd(), e.ner())));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put("L2Cost", 0.3);
        params.put("L1Cost", 0.0);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel m = trainer.train(ObjectStreamUtils.createObjectStream(events));
        return new SpanRelabeller(m, lexicons, threshold);
    }

    /** The probability of each label for the name, keyed by label. */
    double[] probabilities(String[] tokens, Span span) {
        return model.eval(context(tokens, span.getStart(), span.getEnd(), span.getType()));
    }

    /** The name with its label replaced when the classifier is sure of another one. */
    public Span relabel(String[] tokens, Span span) {
        double[] p = probabilities(tokens, span);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        String label = model.getOutcome(best);
        if (p[best] >= threshold && !label.equals(span.getType())) {
            return new Span(span.getStart(), span.getEnd(), label, span.getProb());
        }
        return span;
    }

    SpanRelabeller withThreshold(double t) {
        return new SpanRelabeller(model, lexicons, t);
    }

    public double threshold() {
        return threshold;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeUTF("fatti-relabel-1");
        d.writeDouble(threshold);
        new GenericModelWriter((AbstractModel) model, d).persist();
        d.flush();
    }

    /** The relabeller over other name lists (a relabeller may be read before its model's lists are loaded). */
    SpanRelabeller withLexicons(NameLexicons names) {
        return new SpanRelabeller(model, names, threshold);
    }

    /** Reads a relabeller; {@code lexicons} may be null and supplied later with {@link #withLexicons}. */
    public static SpanRelabeller read(InputStream in, NameLexicons lexicons) throws IOException {
        DataInputStream d = new DataInputStream(in);
        if (!d.readUTF().equals("fatti-relabel-1")) {
            throw new IOException("not a relabeller file");
        }
        double t = d.readDouble();
        MaxentModel m = new GenericModelReader(new BinaryFileDataReader(d)).getModel();
        return new SpanRelabeller(m, lexicons, t);
    }
}
