package io.fatti.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * One thread's scratch space for {@link CompiledNameModel}: finds each ensemble member's names in an article exactly
 * as OpenNLP's {@code NameFinderME} would, without building feature strings or copying sequences. Per sentence it
 * scores every token once for all members (the features that do not depend on the previous label, summed in
 * OpenNLP's order), then runs each member's beam search, which only adds the few features that pair a token with
 * the previous label. Not thread-safe: one per thread.
 */
final class CompiledDecoder {

    /** Word types whose word-only scores are cached; the cache is emptied when it grows past this. */
    private static final int WORD_CACHE = 50_000;
    /** OpenNLP's lowest sequence score kept in the beam. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final String OTHER = "other";

    private final CompiledNameModel model;
    private final ItalianNameFeatures features;
    private final int width;
    private final int members;
    /** Which members use each variant group, as bit masks over members. */
    private final int[] groupMembers;
    private final int allMembers;
    /** The members that take part (a prefix of the ensemble) and the beam each uses. */
    private final int active;
    private final int[] beam;
    private final boolean[][] valid;
    private final SequenceCodec<String>[] codecs;
    /** Per member, per previous outcome (+1: none): the feature "po=…" and "ppo=…", or -1. */
    private final int[][] poFeature;
    private final int[][] ppoFeature;
    /** Per member, per previous outcome (+1): the hash state after "pow=…," and "powf=…,". */
    private final CompiledNameModel.Hash[][] powPrefix;
    private final CompiledNameModel.Hash[][] powfPrefix;
    /** Per member, per previous outcome (+1): the hash state after "po,g=…,". */
    private final CompiledNameModel.Hash[][] listPrefix;
    /** Per member: document memory, the label each capitalised word last got in this article. */
    private final List<Map<String, String>> memory = new ArrayList<>();

    private final Map<String, Word> words = new HashMap<>();
    private final Collector sink = new Collector();
    private final CompiledNameModel.Hash hash = new CompiledNameModel.Hash();

    // per sentence
    private double[] rows = new double[0];
    private Word[] wordOf = new Word[0];
    /** Per token, the features after the first one paired with the previous label: from..to in {@link #tail}. */
    private int[] tailFrom = new int[0];
    private int[] tailTo = new int[0];
    private int[] tail = new int[64];
    private int tailSize;
    private final List<String> tailTags = new ArrayList<>();
    private double[] scores;
    private double[] sorted;

    /** The word-only part of a token's scores, and what else the features need of the word. */
    private record Word(double[] scores, String tokenClass) {
    }

    @SuppressWarnings("unchecked")
    CompiledDecoder(CompiledNameModel model, int active, int beamOverride) {
        this.model = model;
        this.width = model.width;
        this.members = model.size();
        this.active = active;
        this.features = new ItalianNameFeatures(model.lexicons, null, "");
        this.groupMembers = new int[FeatureSink.Group.values().length];
        this.beam = new int[members];
        this.valid = new boolean[members][];
        this.codecs = new SequenceCodec[members];
        this.poFeature = new int[members][];
        this.ppoFeature = new int[members][];
        this.powPrefix = new CompiledNameModel.Hash[members][];
        this.powfPrefix = new CompiledNameModel.Hash[members][];
        this.listPrefix = new CompiledNameModel.Hash[members][];
        int all = 0;
        int maxOutcomes = 0;
        for (int m = 0; m < members; m++) {
            CompiledNameModel.Member member = model.members.get(m);
            all |= 1 << m;
            java.util.Set<String> groups = ItalianNameFeatures.variantGroups(member.variant());
            if (!groups.contains("-ngrams")) {
                groupMembers[FeatureSink.Group.NGRAMS.ordinal()] |= 1 << m;
            }
            if (!groups.contains("-window")) {
                groupMembers[FeatureSink.Group.WINDOW.ordinal()] |= 1 << m;
            }
            if (groups.contains("+articles")) {
                groupMembers[FeatureSink.Group.ARTICLES.ordinal()] |= 1 << m;
            }
            beam[m] = beamOverride > 0 ? beamOverride : member.beam();
            valid[m] = model.validity(m);
            codecs[m] = CompiledNameModel.codec(member.codec());
            String[] out = member.outcomes();
            maxOutcomes = Math.max(maxOutcomes, out.length);
            poFeature[m] = new int[out.length + 1];
            ppoFeature[m] = new int[out.length + 1];
            powPrefix[m] = new CompiledNameModel.Hash[out.length + 1];
            powfPrefix[m] = new CompiledNameModel.Hash[out.length + 1];
            listPrefix[m] = new CompiledNameModel.Hash[out.length + 1];
            for (int p = -1; p < out.length; p++) {
                String label = p < 0 ? OTHER : out[p];
                poFeature[m][p + 1] = model.find(CompiledNameModel.Hash.of("po=" + label));
                ppoFeature[m][p + 1] = model.find(CompiledNameModel.Hash.of("ppo=" + label));
                powPrefix[m][p + 1] = CompiledNameModel.Hash.of("pow=" + label + ",");
                powfPrefix[m][p + 1] = CompiledNameModel.Hash.of("powf=" + label + ",");
                listPrefix[m][p + 1] = CompiledNameModel.Hash.of("po,g="
                        + (p < 0 ? ItalianNameFeatures.FIRST_PREVIOUS_LABEL : out[p]) + ",");
            }
            memory.add(new HashMap<>());
        }
        int activeMask = (1 << active) - 1;
        for (int g = 0; g < groupMembers.length; g++) {
            groupMembers[g] &= activeMask;
        }
        this.allMembers = all & activeMask;
        this.scores = new double[maxOutcomes];
        this.sorted = new double[maxOutcomes];
    }

    /** Each active member's names in the article's sentences: one list per member, one array per sentence. */
    List<List<Span[]>> find(List<String[]> sentences) {
        List<List<Span[]>> out = new ArrayList<>(active);
        for (int m = 0; m < active; m++) {
            memory.get(m).clear();
            out.add(new ArrayList<>(sentences.size()));
        }
        for (String[] tokens : sentences) {
            ItalianNameFeatures.Sentence s = new ItalianNameFeatures.Sentence(tokens, model.lexicons);
            score(s);
            for (int m = 0; m < active; m++) {
                String[] outcomes = decode(m, tokens);
                out.get(m).add(codecs[m].decode(Arrays.asList(outcomes)));
                remember(m, tokens, outcomes);
            }
        }
        for (int m = 0; m < active; m++) {
            memory.get(m).clear();
        }
        return out;
    }

    /** Document memory, as {@link ItalianNameFeatures#updateAdaptiveData}. */
    private void remember(int m, String[] tokens, String[] outcomes) {
        Map<String, String> mem = memory.get(m);
        for (int i = 0; i < tokens.length && i < outcomes.length; i++) {
            String w = tokens[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                String o = outcomes[i];
                int dash = o.lastIndexOf('-');
                mem.put(w, dash > 0 ? o.substring(0, dash) : o);
            }
        }
    }

    // ---------------------------------------------------------------- scores that do not depend on the beam

    /** Fills one row of scores per token (all members side by side) and each token's label-dependent tail. */
    private void score(ItalianNameFeatures.Sentence s) {
        int n = s.size();
        if (rows.length < n * width) {
            rows = new double[Math.max(n * width, rows.length * 2)];
            wordOf = new Word[Math.max(n, wordOf.length * 2)];
            tailFrom = new int[wordOf.length];
            tailTo = new int[wordOf.length];
        }
        tailSize = 0;
        tailTags.clear();
        for (int i = 0; i < n; i++) {
            Word w = word(s, i);
            wordOf[i] = w;
            int offset = i * width;
            System.arraycopy(w.scores(), 0, rows, offset, width);
            sink.clear();
            features.contextFeatures(sink, s, i);
            for (int m = 0; m < active; m++) {
                String before = memory.get(m).get(s.tokens[i]);
                if (before != null) {
                    sink.only(1 << m);
                    ItalianNameFeatures.docFeatures(sink, s, i, before);
                }
            }
            sink.only(allMembers);
            ItalianNameFeatures.listFeatures(sink, s, i);
            int k = 0;
            for (; k < sink.size && sink.feature[k] != Collector.PREVIOUS_LABEL; k++) {
                if (sink.feature[k] >= 0) {
                    model.add(sink.feature[k], sink.members[k], rows, offset);
                }
            }
            tailFrom[i] = tailSize;
            for (; k < sink.size; k++) {
                int f = sink.feature[k];
                if (f == Collector.PREVIOUS_LABEL) {
                    tailTags.add(sink.tags.get(sink.members[k]));
                    push(-tailTags.size());
                } else if (f >= 0) {
                    push(f);
                }
            }
            tailTo[i] = tailSize;
        }
    }

    private void push(int op) {
        if (tailSize == tail.length) {
            tail = Arrays.copyOf(tail, tail.length * 2);
        }
        tail[tailSize++] = op;
    }

    /** The word-only scores of a token (its first features), cached per word. */
    private Word word(ItalianNameFeatures.Sentence s, int i) {
        String token = s.tokens[i];
        Word w = words.get(token);
        if (w == null) {
            sink.clear();
            ItalianNameFeatures.wordFeatures(sink, s, i);
            double[] row = new double[width];
            for (int k = 0; k < sink.size; k++) {
                if (sink.feature[k] >= 0) {
                    model.add(sink.feature[k], sink.members[k], row, 0);
                }
            }
            w = new Word(row, FeatureGeneratorUtil.tokenFeature(token));
            if (words.size() >= WORD_CACHE) {
                words.clear();
            }
            words.put(token, w);
        }
        return w;
    }

    // ---------------------------------------------------------------- the beam

    /** One sequence in the beam: its score, last outcome and the sequence before it. */
    private static final class Candidate {
        final Candidate before;
        final int outcome;
        final double score;

        Candidate(Candidate before, int outcome, double score) {
            this.before = before;
            this.outcome = outcome;
            this.score = score;
        }
    }

    /** OpenNLP's order: higher score first. */
    private static int byScore(Candidate a, Candidate b) {
        return Double.compare(b.score, a.score);
    }

    /** Member {@code m}'s best outcome sequence, found as OpenNLP's {@code BeamSearch} finds it. */
    private String[] decode(int m, String[] tokens) {
        int size = beam[m];
        String[] names = model.members.get(m).outcomes();
        int count = names.length;
        PriorityQueue<Candidate> prev = new PriorityQueue<>(size, CompiledDecoder::byScore);
        PriorityQueue<Candidate> next = new PriorityQueue<>(size, CompiledDecoder::byScore);
        prev.add(new Candidate(null, -1, 0));
        for (int i = 0; i < tokens.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
                Candidate top = prev.remove();
                double[] p = probabilities(m, tokens, i, top);
                System.arraycopy(p, 0, sorted, 0, count);
                Arrays.sort(sorted, 0, count);
                double threshold = sorted[Math.max(0, count - size)];
                int row = (top.outcome + 1) * count;
                for (int o = 0; o < count; o++) {
                    if (!(p[o] < threshold) && valid[m][row + o]) {
                        Candidate c = new Candidate(top, o, top.score + StrictMath.log(p[o]));
                        if (c.score > MIN_SEQUENCE_SCORE) {
                            next.add(c);
                        }
                    }
                }
                if (next.size() == 0) {
                    for (int o = 0; o < count; o++) {
                        if (valid[m][row + o]) {
                            Candidate c = new Candidate(top, o, top.score + StrictMath.log(p[o]));
                            if (c.score > MIN_SEQUENCE_SCORE) {
                                next.add(c);
                            }
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Candidate> t = prev;
            prev = next;
            next = t;
        }
        String[] outcomes = new String[tokens.length];
        Candidate best = prev.peek();
        for (int i = tokens.length - 1; i >= 0 && best != null; i--) {
            outcomes[i] = names[best.outcome];
            best = best.before;
        }
        if (prev.isEmpty()) {
            Arrays.fill(outcomes, OTHER); // no sequence scored above OpenNLP's floor: no names
        }
        return outcomes;
    }

    /** Member {@code m}'s outcome probabilities at token {@code i} after sequence {@code top}, as OpenNLP's. */
    private double[] probabilities(int m, String[] tokens, int i, Candidate top) {
        CompiledNameModel.Member member = model.members.get(m);
        int count = member.outcomes().length;
        double[] p = scores;
        System.arraycopy(rows, i * width + member.base(), p, 0, count);
        int po = i > 0 ? top.outcome : -1;
        int ppo = i > 1 ? top.before.outcome : -1;
        for (int k = tailFrom[i]; k < tailTo[i]; k++) {
            int op = tail[k];
            if (op >= 0) {
                model.addMember(op, m, p);
            } else {
                hash.copy(listPrefix[m][po + 1]);
                hash.put(tailTags.get(-op - 1));
                addFound(m, p);
            }
        }
        if (poFeature[m][po + 1] >= 0) {
            model.addMember(poFeature[m][po + 1], m, p);
        }
        hash.copy(powPrefix[m][po + 1]);
        hash.put(tokens[i]);
        addFound(m, p);
        hash.copy(powfPrefix[m][po + 1]);
        hash.put(wordOf[i].tokenClass());
        addFound(m, p);
        if (ppoFeature[m][ppo + 1] >= 0) {
            model.addMember(ppoFeature[m][ppo + 1], m, p);
        }
        normalise(p, count);
        return p;
    }

    private void addFound(int m, double[] p) {
        int f = model.find(hash);
        if (f >= 0) {
            model.addMember(f, m, p);
        }
    }

    /** OpenNLP's perceptron normalisation: scale by the largest magnitude (at least 1), exponentiate, sum to one. */
    private static void normalise(double[] p, int count) {
        double max = 1;
        for (int o = 0; o < count; o++) {
            if (max < StrictMath.abs(p[o])) {
                max = StrictMath.abs(p[o]);
            }
        }
        double sum = 0;
        for (int o = 0; o < count; o++) {
            p[o] = StrictMath.exp(p[o] / max);
            sum += p[o];
        }
        for (int o = 0; o < count; o++) {
            p[o] /= sum;
        }
    }

    // ---------------------------------------------------------------- feature collection

    /** Hashes the features as they are generated and looks each up once, noting which members use it. */
    private final class Collector implements FeatureSink {
        static final int PREVIOUS_LABEL = Integer.MIN_VALUE;
        int[] feature = new int[256];
        int[] members = new int[256];
        int size;
        final List<String> tags = new ArrayList<>();
        private int current;
        private int outside;

        void clear() {
            size = 0;
            tags.clear();
            current = allMembers;
            outside = allMembers;
        }

        /** The features that follow are used by these members only. */
        void only(int memberMask) {
            current = memberMask;
            outside = memberMask;
        }

        private void record(int f, int m) {
            if (size == feature.length) {
                feature = Arrays.copyOf(feature, size * 2);
                members = Arrays.copyOf(members, size * 2);
            }
            feature[size] = f;
            members[size] = m;
            size++;
        }

        @Override
        public FeatureSink start(String piece) {
            hash.reset();
            hash.put(piece);
            return this;
        }

        @Override
        public FeatureSink put(String piece) {
            hash.put(piece);
            return this;
        }

        @Override
        public FeatureSink put(String piece, int from, int to) {
            hash.put(piece, from, to);
            return this;
        }

        @Override
        public FeatureSink put(char c) {
            hash.put(c);
            return this;
        }

        @Override
        public void end() {
            int f = model.find(hash);
            if (f >= 0) {
                record(f, current);
            }
        }

        @Override
        public void withPreviousLabel(String tag) {
            tags.add(tag);
            record(PREVIOUS_LABEL, tags.size() - 1);
        }

        @Override
        public boolean openGroup(Group group) {
            current = outside & groupMembers[group.ordinal()];
            return current != 0;
        }

        @Override
        public void closeGroup() {
            current = outside;
        }
    }
}
