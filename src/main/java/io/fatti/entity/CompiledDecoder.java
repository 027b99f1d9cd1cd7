package io.fatti.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final boolean greedyShortcut;
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
    /**
     * Per member, per previous outcome (+1: none): the weights of "po=…" and "ppo=…" as dense vectors. Adding a zero
     * where the sparse weights have none leaves every score as it was, so the sums stay exactly OpenNLP's.
     */
    private final double[][][] poWeights;
    private final double[][][] ppoWeights;
    /** Per member, per previous outcome (+1: none): its label among all members' labels ({@link #labels}). */
    private final int[][] labelOf;
    /** Every outcome label of any member, and "other" for none; the hash state after "pow=…," and "powf=…,". */
    private final List<String> labels = new ArrayList<>();
    private final List<CompiledNameModel.Hash> powPrefix = new ArrayList<>();
    private final List<CompiledNameModel.Hash> powfPrefix = new ArrayList<>();
    /** Per member, per previous outcome (+1): the hash state after "po,g=…,". */
    private final CompiledNameModel.Hash[][] listPrefix;
    /** Per member, per previous outcome (+1): its previous-label text among {@link #listLabels}. */
    private final int[][] listLabelOf;
    private final List<String> listLabels = new ArrayList<>();
    /** Per tail entry and previous-label text: the feature "po,g=label,tag" found (-1: none; -2: not yet). */
    private int[] tailFound = new int[0];
    /** Per member: document memory, the label each capitalised word last got in this article. */
    private final List<Map<String, String>> memory = new ArrayList<>();

    private final Map<String, Word> words = new HashMap<>();
    private final PairMemo pairs = new PairMemo();
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
    /** Per token and label: the features "pow=label,token" and "powf=label,class" (-1: unknown, -2: not yet). */
    private int[] pow = new int[0];
    private double[] scores;
    private final double[] largest;

    /** What the features need of a word type, computed once: its forms, what the lists say of it, its scores. */
    private static final class Word {
        final String lower;
        final String shape;
        final String tokenClass;
        final boolean common;
        final String[] partOf;
        /** The name lists a name may start with this word in, one bit each. */
        final int listStarts;
        /** Starts with a capital letter: the only words document memory holds ({@link #remember}). */
        final boolean capitalised;
        /** This word type's number, for {@link PairMemo} keys. */
        final int id;
        /** Per {@link ItalianNameFeatures.WordFeature}: the model's feature (-1: none), or {@link #NOT_YET}. */
        final int[] memo;
        /** The word-only part of its scores (its first features), all members side by side; null until scored. */
        double[] scores;

        Word(String token, NameLexicons lexicons, int id) {
            this.id = id;
            lower = ItalianNameFeatures.lower(token);
            shape = ItalianNameFeatures.shape(token);
            tokenClass = FeatureGeneratorUtil.tokenFeature(token);
            common = ItalianNameFeatures.isCommon(token, lower, lexicons);
            partOf = lexicons.partOf(token);
            listStarts = ItalianNameFeatures.listStarts(token, lexicons);
            capitalised = !token.isEmpty() && Character.isUpperCase(token.charAt(0));
            memo = new int[ItalianNameFeatures.WordFeature.values().length];
            Arrays.fill(memo, NOT_YET);
        }
    }

    private static final int NOT_YET = -2;
    /** Word-type numbers of the places before and after a sentence; words count from 2. */
    private static final int BEFORE = 0;
    private static final int AFTER = 1;

    @SuppressWarnings("unchecked")
    CompiledDecoder(CompiledNameModel model, int active, int beamOverride) {
        this(model, active, beamOverride, true);
    }

    /** @param greedyShortcut a beam of one decided from the scores where that is exact ({@link #greedy}) */
    CompiledDecoder(CompiledNameModel model, int active, int beamOverride, boolean greedyShortcut) {
        this.greedyShortcut = greedyShortcut;
        this.model = model;
        this.width = model.width;
        this.members = model.size();
        this.active = active;
        this.features = new ItalianNameFeatures(model.lexicons, null, "");
        this.groupMembers = new int[FeatureSink.Group.values().length];
        this.beam = new int[members];
        this.valid = new boolean[members][];
        this.codecs = new SequenceCodec[members];
        this.poWeights = new double[members][][];
        this.ppoWeights = new double[members][][];
        this.labelOf = new int[members][];
        this.listPrefix = new CompiledNameModel.Hash[members][];
        this.listLabelOf = new int[members][];
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
            poWeights[m] = new double[out.length + 1][];
            ppoWeights[m] = new double[out.length + 1][];
            labelOf[m] = new int[out.length + 1];
            listPrefix[m] = new CompiledNameModel.Hash[out.length + 1];
            listLabelOf[m] = new int[out.length + 1];
            for (int p = -1; p < out.length; p++) {
                String label = p < 0 ? OTHER : out[p];
                poWeights[m][p + 1] = model.dense(model.find(CompiledNameModel.Hash.of("po=" + label)), m);
                ppoWeights[m][p + 1] = model.dense(model.find(CompiledNameModel.Hash.of("ppo=" + label)), m);
                int id = labels.indexOf(label);
                if (id < 0) {
                    id = labels.size();
                    labels.add(label);
                    powPrefix.add(CompiledNameModel.Hash.of("pow=" + label + ","));
                    powfPrefix.add(CompiledNameModel.Hash.of("powf=" + label + ","));
                }
                labelOf[m][p + 1] = id;
                String previous = p < 0 ? ItalianNameFeatures.FIRST_PREVIOUS_LABEL : out[p];
                listPrefix[m][p + 1] = CompiledNameModel.Hash.of("po,g=" + previous + ",");
                if (!listLabels.contains(previous)) {
                    listLabels.add(previous);
                }
                listLabelOf[m][p + 1] = listLabels.indexOf(previous);
            }
            memory.add(new HashMap<>());
        }
        int activeMask = (1 << active) - 1;
        for (int g = 0; g < groupMembers.length; g++) {
            groupMembers[g] &= activeMask;
        }
        this.allMembers = all & activeMask;
        this.scores = new double[maxOutcomes];
        int maxBeam = 1;
        for (int b : beam) {
            maxBeam = Math.max(maxBeam, b);
        }
        this.largest = new double[maxBeam];
    }

    /** Each active member's names in the article's sentences: one list per member, one array per sentence. */
    List<List<Span[]>> find(List<String[]> sentences) {
        List<List<Span[]>> out = new ArrayList<>(active);
        for (int m = 0; m < active; m++) {
            memory.get(m).clear();
            out.add(new ArrayList<>(sentences.size()));
        }
        for (String[] tokens : sentences) {
            score(tokens);
            for (int m = 0; m < active; m++) {
                String[] outcomes = beam[m] == 1 && greedyShortcut ? greedy(m, tokens) : decode(m, tokens);
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
    private void score(String[] tokens) {
        int n = tokens.length;
        if (rows.length < n * width) {
            rows = new double[Math.max(n * width, rows.length * 2)];
        }
        if (wordOf.length < n) {
            wordOf = new Word[Math.max(n, wordOf.length * 2)];
            tailFrom = new int[wordOf.length];
            tailTo = new int[wordOf.length];
        }
        String[] lower = new String[n];
        String[] shape = new String[n];
        boolean[] common = new boolean[n];
        String[][] partOf = new String[n][];
        int[] listStarts = new int[n];
        int[][] memo = new int[n][];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            Word w = word(tokens[i]);
            wordOf[i] = w;
            lower[i] = w.lower;
            shape[i] = w.shape;
            common[i] = w.common;
            partOf[i] = w.partOf;
            listStarts[i] = w.listStarts;
            memo[i] = w.memo;
            ids[i] = w.id;
        }
        ItalianNameFeatures.Sentence s = new ItalianNameFeatures.Sentence(tokens, lower, shape, common, partOf,
                listStarts, memo, ids, model.lexicons);
        tailSize = 0;
        tailTags.clear();
        int perToken = 2 * labels.size();
        if (pow.length < n * perToken) {
            pow = new int[Math.max(n * perToken, pow.length * 2)];
        }
        Arrays.fill(pow, 0, n * perToken, -2);
        for (int i = 0; i < n; i++) {
            Word w = wordOf[i];
            if (w.scores == null) {
                w.scores = wordScores(s, i);
            }
            int offset = i * width;
            System.arraycopy(w.scores, 0, rows, offset, width);
            sink.clear();
            features.contextFeatures(sink, s, i);
            if (w.capitalised) { // document memory holds capitalised words only
                for (int m = 0; m < active; m++) {
                    String before = memory.get(m).get(s.tokens[i]);
                    if (before != null) {
                        sink.only(1 << m);
                        ItalianNameFeatures.docFeatures(sink, s, i, before);
                    }
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
        int found = tailSize * listLabels.size();
        if (tailFound.length < found) {
            tailFound = new int[Math.max(found, tailFound.length * 2)];
        }
        Arrays.fill(tailFound, 0, found, NOT_YET);
    }

    private void push(int op) {
        if (tailSize == tail.length) {
            tail = Arrays.copyOf(tail, tail.length * 2);
        }
        tail[tailSize++] = op;
    }

    /** A word type's parts, cached. */
    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            if (words.size() >= WORD_CACHE) {
                words.clear();
                pairs.clear(); // keyed by word numbers, which start again
            }
            w = new Word(token, model.lexicons, AFTER + 1 + words.size());
            words.put(token, w);
        }
        return w;
    }

    /** The word-only scores of token {@code i} (its first features, summed from zero). */
    private double[] wordScores(ItalianNameFeatures.Sentence s, int i) {
        sink.clear();
        ItalianNameFeatures.wordFeatures(sink, s, i);
        double[] row = new double[width];
        for (int k = 0; k < sink.size; k++) {
            if (sink.feature[k] >= 0) {
                model.add(sink.feature[k], sink.members[k], row, 0);
            }
        }
        return row;
    }

    // ---------------------------------------------------------------- the beam

    /** Member {@code m}'s best outcome sequence, found as OpenNLP's {@code BeamSearch} finds it. */
    private String[] decode(int m, String[] tokens) {
        int size = beam[m];
        String[] names = model.members.get(m).outcomes();
        int count = names.length;
        double[][] seen = seenProbabilities(size, count);
        BeamQueues q = queues;
        q.reset();
        int prev = 0;
        int next = 1;
        q.offer(prev, q.candidate(-1, -1, 0));
        for (int i = 0; i < tokens.length; i++) {
            int sz = Math.min(size, q.size(prev));
            int seenCount = 0;
            for (int sc = 0; q.size(prev) > 0 && sc < sz; sc++) {
                int top = q.poll(prev);
                // sequences ending in the same two outcomes get the same probabilities: compute them once
                int po = i > 0 ? q.outcome[top] : -1;
                int ppo = i > 1 ? q.outcome[q.before[top]] : -1;
                int k = 0;
                while (k < seenCount && !(seenPo[k] == po && seenPpo[k] == ppo)) {
                    k++;
                }
                if (k == seenCount) {
                    System.arraycopy(probabilities(m, tokens, i, po, ppo), 0, seen[k], 0, count);
                    Arrays.fill(seenLog[k], 0, count, false);
                    seenPo[k] = po;
                    seenPpo[k] = ppo;
                    seenCount++;
                }
                double[] p = seen[k];
                double threshold = threshold(p, count, size);
                int row = (q.outcome[top] + 1) * count;
                double base = q.score[top];
                for (int o = 0; o < count; o++) {
                    if (!(p[o] < threshold) && valid[m][row + o]) {
                        double score = base + log(k, o);
                        if (score > MIN_SEQUENCE_SCORE) {
                            q.offer(next, q.candidate(top, o, score));
                        }
                    }
                }
                if (q.size(next) == 0) {
                    for (int o = 0; o < count; o++) {
                        if (valid[m][row + o]) {
                            double score = base + log(k, o);
                            if (score > MIN_SEQUENCE_SCORE) {
                                q.offer(next, q.candidate(top, o, score));
                            }
                        }
                    }
                }
            }
            q.clear(prev);
            int t = prev;
            prev = next;
            next = t;
        }
        String[] outcomes = new String[tokens.length];
        if (q.size(prev) == 0) {
            Arrays.fill(outcomes, OTHER); // no sequence scored above OpenNLP's floor: no names
            return outcomes;
        }
        int best = q.peek(prev);
        for (int i = tokens.length - 1; i >= 0 && best >= 0; i--) {
            outcomes[i] = names[q.outcome[best]];
            best = q.before[best];
        }
        return outcomes;
    }

    /** Sentences longer than this take the beam itself even with beam 1 (see {@link #greedy}). */
    private static final int GREEDY_MAX_TOKENS = 5_000;
    /** A gap between scores (relative to the largest magnitude) that rounding cannot close; smaller ones go exact. */
    private static final double SAFE_GAP = 1e-9;
    private int[] chosen = new int[64];
    private double[] exact = new double[0];

    /**
     * Member {@code m}'s outcomes with a beam of one, exactly as {@link #decode} finds them but without the
     * probabilities when they cannot change the choice. With one sequence kept, each token takes, among the
     * outcomes allowed after the previous one, the one of highest probability (the lowest such outcome on a tie: the
     * one the beam's queue leaves first); when the most probable outcome is not allowed, the allowed one of highest
     * sequence score. Probabilities rise with scores, so when the best score leads the next by a gap rounding cannot
     * close, the choice is read from the scores and the {@code exp} and {@code log} calls are skipped; anything
     * closer is decided on the exact probabilities, and a tie the sequence scores might break differently runs the
     * beam itself. Sequence scores cannot fall to OpenNLP's floor ({@value #MIN_SEQUENCE_SCORE}): a chosen outcome's
     * probability is at least e^-2 / outcomes, so over at most {@value #GREEDY_MAX_TOKENS} tokens no score comes near.
     */
    private String[] greedy(int m, String[] tokens) {
        int n = tokens.length;
        String[] names = model.members.get(m).outcomes();
        int count = names.length;
        if (n > GREEDY_MAX_TOKENS || count > 1_000) {
            return decode(m, tokens);
        }
        if (chosen.length < n) {
            chosen = new int[Math.max(n, chosen.length * 2)];
        }
        if (exact.length < count) {
            exact = new double[count];
        }
        int last = -1;
        int beforeLast = -1;
        for (int i = 0; i < n; i++) {
            double[] s = scores(m, tokens, i, i > 0 ? last : -1, i > 1 ? beforeLast : -1, false);
            int row = (last + 1) * count;
            int o = choose(s, count, valid[m], row);
            if (o == NO_OUTCOME) {
                String[] none = new String[n];
                Arrays.fill(none, OTHER); // nothing allowed: the beam empties and finds no names
                return none;
            }
            if (o == UNSURE) {
                return decode(m, tokens);
            }
            chosen[i] = o;
            beforeLast = last;
            last = o;
        }
        String[] outcomes = new String[n];
        for (int i = 0; i < n; i++) {
            outcomes[i] = names[chosen[i]];
        }
        return outcomes;
    }

    private static final int NO_OUTCOME = -1;
    private static final int UNSURE = -2;

    /** The outcome a beam of one takes from scores {@code s} (see {@link #greedy}). */
    private int choose(double[] s, int count, boolean[] allowed, int row) {
        double largest = 1;
        int best = 0;
        for (int o = 0; o < count; o++) {
            largest = Math.max(largest, Math.abs(s[o]));
            if (s[o] > s[best]) {
                best = o;
            }
        }
        double second = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < count; o++) {
            if (o != best && s[o] > second) {
                second = s[o];
            }
        }
        if (s[best] - second > SAFE_GAP * largest && allowed[row + best]) {
            return best; // the one most probable outcome, and allowed
        }
        double[] p = exact;
        System.arraycopy(s, 0, p, 0, count);
        normalise(p, count);
        if (!(s[best] - second > SAFE_GAP * largest)) {
            double top = p[0];
            for (int o = 1; o < count; o++) {
                top = Math.max(top, p[o]);
            }
            for (int o = 0; o < count; o++) {
                if (p[o] == top && allowed[row + o]) {
                    return o; // the lowest allowed outcome of the highest probability
                }
            }
        }
        // none of the most probable outcomes is allowed: every allowed one joins the beam, by sequence score
        int pick = NO_OUTCOME;
        double pickLog = 0;
        double nextLog = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < count; o++) {
            if (allowed[row + o]) {
                double lp = StrictMath.log(p[o]);
                if (pick == NO_OUTCOME || lp > pickLog) {
                    nextLog = pick == NO_OUTCOME ? nextLog : Math.max(nextLog, pickLog);
                    pick = o;
                    pickLog = lp;
                } else {
                    nextLog = Math.max(nextLog, lp);
                }
            }
        }
        if (pick == NO_OUTCOME || nextLog == Double.NEGATIVE_INFINITY) {
            return pick;
        }
        // the sequence score adds the same sum to each: a lead this large survives its rounding
        return pickLog - nextLog > 1e-6 ? pick : UNSURE;
    }

    /** {@code StrictMath.log} of the {@code k}-th seen probabilities' outcome {@code o}, computed once. */
    private double log(int k, int o) {
        if (!seenLog[k][o]) {
            seenLogValue[k][o] = StrictMath.log(seen[k][o]);
            seenLog[k][o] = true;
        }
        return seenLogValue[k][o];
    }

    private final BeamQueues queues = new BeamQueues();
    private double[][] seen = new double[0][];
    private double[][] seenLogValue = new double[0][];
    private boolean[][] seenLog = new boolean[0][];
    private int[] seenPo = new int[0];
    private int[] seenPpo = new int[0];

    private double[][] seenProbabilities(int size, int count) {
        if (seen.length < size || seen[0].length < count) {
            int width = Math.max(count, seen.length == 0 ? 0 : seen[0].length);
            int n = Math.max(size, seen.length);
            seen = new double[n][width];
            seenLogValue = new double[n][width];
            seenLog = new boolean[n][width];
            seenPo = new int[n];
            seenPpo = new int[n];
        }
        return seen;
    }

    /**
     * Member {@code m}'s outcome probabilities at token {@code i} after outcomes {@code po} and {@code ppo} (-1:
     * none), as OpenNLP's.
     */
    private double[] probabilities(int m, String[] tokens, int i, int po, int ppo) {
        return scores(m, tokens, i, po, ppo, true);
    }

    /** The outcome scores before normalisation ({@code normalised} false) or the probabilities. */
    private double[] scores(int m, String[] tokens, int i, int po, int ppo, boolean normalised) {
        CompiledNameModel.Member member = model.members.get(m);
        int count = member.outcomes().length;
        double[] p = scores;
        System.arraycopy(rows, i * width + member.base(), p, 0, count);
        for (int k = tailFrom[i]; k < tailTo[i]; k++) {
            int op = tail[k];
            if (op >= 0) {
                model.addMember(op, m, p);
            } else {
                int at = k * listLabels.size() + listLabelOf[m][po + 1];
                int f = tailFound[at];
                if (f == NOT_YET) { // once per token, tag and previous label, whichever member or candidate asks
                    hash.copy(listPrefix[m][po + 1]);
                    hash.put(tailTags.get(-op - 1));
                    f = model.find(hash);
                    tailFound[at] = f;
                }
                if (f >= 0) {
                    model.addMember(f, m, p);
                }
            }
        }
        double[] poW = poWeights[m][po + 1];
        for (int o = 0; o < count; o++) {
            p[o] += poW[o];
        }
        int at = (i * labels.size() + labelOf[m][po + 1]) * 2;
        if (pow[at] == -2) {
            int label = labelOf[m][po + 1];
            hash.copy(powPrefix.get(label));
            hash.put(tokens[i]);
            pow[at] = model.find(hash);
            hash.copy(powfPrefix.get(label));
            hash.put(wordOf[i].tokenClass);
            pow[at + 1] = model.find(hash);
        }
        if (pow[at] >= 0) {
            model.addMember(pow[at], m, p);
        }
        if (pow[at + 1] >= 0) {
            model.addMember(pow[at + 1], m, p);
        }
        double[] ppoW = ppoWeights[m][ppo + 1];
        for (int o = 0; o < count; o++) {
            p[o] += ppoW[o];
        }
        if (normalised) {
            normalise(p, count);
        }
        return p;
    }

    /**
     * The {@code size}-th largest of the probabilities (the smallest when there are fewer): the value OpenNLP reads
     * at {@code max(0, count - size)} of the sorted probabilities, found without sorting.
     */
    private double threshold(double[] p, int count, int size) {
        if (size >= count) {
            double min = p[0];
            for (int o = 1; o < count; o++) {
                min = Math.min(min, p[o]);
            }
            return min;
        }
        int k = 0; // largest[0..k) holds the k largest so far, in decreasing order
        for (int o = 0; o < count; o++) {
            double v = p[o];
            if (k < size) {
                int j = k++;
                while (j > 0 && largest[j - 1] < v) {
                    largest[j] = largest[j - 1];
                    j--;
                }
                largest[j] = v;
            } else if (v > largest[size - 1]) {
                int j = size - 1;
                while (j > 0 && largest[j - 1] < v) {
                    largest[j] = largest[j - 1];
                    j--;
                }
                largest[j] = v;
            }
        }
        return largest[size - 1];
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
        public void add(ItalianNameFeatures.WordFeature feature, ItalianNameFeatures.Sentence s, int j) {
            int[] memo = s.memo[j];
            int f = memo[feature.ordinal()];
            if (f == NOT_YET) {
                String value = feature.value(s, j);
                if (value == null) {
                    f = -1;
                } else {
                    hash.reset();
                    hash.put(feature.prefix);
                    hash.put(value);
                    f = model.find(hash);
                }
                memo[feature.ordinal()] = f;
            }
            if (f >= 0) {
                record(f, current);
            }
        }

        @Override
        public void add(ItalianNameFeatures.PairFeature feature, ItalianNameFeatures.Sentence s, int j, int k) {
            long key = PairMemo.key(feature.ordinal(), id(s, j), id(s, k));
            int f = pairs.get(key);
            if (f == PairMemo.ABSENT) {
                hash.reset();
                hash.put(feature.prefix);
                hash.put(ItalianNameFeatures.PairFeature.first(s, j));
                hash.put(',');
                hash.put(feature.second(s, k));
                f = model.find(hash);
                pairs.put(key, f);
            }
            if (f >= 0) {
                record(f, current);
            }
        }

        private static int id(ItalianNameFeatures.Sentence s, int j) {
            return j < 0 ? BEFORE : j >= s.size() ? AFTER : s.words[j];
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
