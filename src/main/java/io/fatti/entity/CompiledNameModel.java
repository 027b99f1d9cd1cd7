package io.fatti.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;

/**
 * The name ensemble's weights compiled for fast inference: every member's perceptron weights in one flat table keyed
 * by a 64-bit hash of the feature, each feature holding the weights of all members, so a feature is looked up once
 * for the whole ensemble. The file is written from the OpenNLP models ({@link #compile}); its table is copied in
 * bulk into four heap arrays shared by all threads; {@link CompiledDecoder} holds each thread's scratch space.
 *
 * <p>OpenNLP stays the training engine and the reference: the compiled path computes the same features (the same
 * {@link ItalianNameFeatures} code, hashed instead of built as strings), adds the weights in the same order,
 * normalises with the same {@code StrictMath} calls and keeps OpenNLP's beam order, so it finds exactly the same
 * names. Hashes are checked when compiling: two model features with the same hash are refused, and each slot keeps
 * a second, independent 32-bit check of its feature, so a feature the model never saw is not mistaken for one it
 * did. A model the compiled path cannot run exactly (not a perceptron, word classes, an unknown tag codec or feature
 * generator) is refused with an error naming what it has.
 *
 * <p>File layout: a header (a big-endian {@code int} length, then {@link DataOutputStream} fields: magic, source
 * fingerprint, members with their codec, variant, beam and outcomes, the name lists), then the table in
 * little-endian order, each array 8-byte aligned: capacity, feature and weight counts, slots ({@code long} key and
 * {@code long} check&lt;&lt;32|feature, open addressing), feature starts ({@code int}), and per weight its outcome
 * slot ({@code short}) and value ({@code double}), grouped by feature and, within a feature, by member.
 */
public final class CompiledNameModel {

    static final String MAGIC = "fatti-compiled-names-1";
    private static final String WEIGHTS = "nameFinder.model";

    /** One ensemble member: its tag codec, feature variant, beam size and outcomes, at {@code base} in a row. */
    record Member(String codec, String variant, int beam, String[] outcomes, int base) {
    }

    final List<Member> members;
    final NameLexicons lexicons;
    /** Width of a row of scores: every member's outcomes side by side. */
    final int width;
    /** Per outcome slot: the member it belongs to. */
    final byte[] memberOfSlot;
    /** The mask of all members. */
    private final int everyMember;
    private final long[] slots;
    private final int mask;
    private final int[] starts;
    private final short[] outcomeSlots;
    private final double[] weights;
    /** The source models' fingerprint, recorded when compiled. */
    final long source;

    private CompiledNameModel(List<Member> members, NameLexicons lexicons, long source, long[] slots, int[] starts,
            short[] outcomeSlots, double[] weights) {
        this.members = List.copyOf(members);
        this.lexicons = lexicons;
        this.source = source;
        int w = 0;
        for (Member m : members) {
            w += m.outcomes().length;
        }
        this.width = w;
        this.everyMember = (1 << members.size()) - 1;
        this.memberOfSlot = new byte[w];
        for (int m = 0; m < members.size(); m++) {
            Arrays.fill(memberOfSlot, members.get(m).base(), members.get(m).base() + members.get(m).outcomes().length,
                    (byte) m);
        }
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.starts = starts;
        this.outcomeSlots = outcomeSlots;
        this.weights = weights;
    }

    /** Reads the table: copied onto the heap in bulk (plain array reads are the cheapest on the hot path). */
    private static CompiledNameModel of(List<Member> members, NameLexicons lexicons, long source, ByteBuffer table) {
        ByteBuffer t = table.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int capacity = t.getInt();
        int features = t.getInt();
        int entries = t.getInt();
        t.getInt(); // padding: the arrays start 8-byte aligned
        long[] slots = new long[2 * capacity];
        slice(t, 16L * capacity).asLongBuffer().get(slots);
        int[] starts = new int[features + 1];
        slice(t, 4L * (features + 1)).asIntBuffer().get(starts);
        short[] outcomeSlots = new short[entries];
        slice(t, 2L * entries).asShortBuffer().get(outcomeSlots);
        double[] weights = new double[entries];
        slice(t, 8L * entries).asDoubleBuffer().get(weights);
        return new CompiledNameModel(members, lexicons, source, slots, starts, outcomeSlots, weights);
    }

    /**
     * The first {@code keep} members alone, in a table of their own: only the features and weights they use, so
     * a smaller table stays in the processor's caches. Finds exactly what those members find in the whole table.
     */
    CompiledNameModel firstMembers(int keep) {
        if (keep < 1 || keep > members.size()) {
            throw new IllegalArgumentException("members to keep: " + keep + " of " + members.size());
        }
        if (keep == members.size()) {
            return this;
        }
        List<Member> kept = members.subList(0, keep);
        int width = 0;
        for (Member m : kept) {
            width += m.outcomes().length;
        }
        int features = starts.length - 1;
        int[] renumbered = new int[features];
        int[] keptStarts = new int[features + 1];
        short[] keptSlots = new short[outcomeSlots.length];
        double[] keptWeights = new double[weights.length];
        int n = 0;
        int e = 0;
        for (int f = 0; f < features; f++) {
            int from = e;
            for (int k = starts[f]; k < starts[f + 1]; k++) {
                if (outcomeSlots[k] < width) { // the kept members' outcomes come first in a row
                    keptSlots[e] = outcomeSlots[k];
                    keptWeights[e] = weights[k];
                    e++;
                }
            }
            if (e == from) {
                renumbered[f] = -1; // none of the kept members uses it
            } else {
                keptStarts[n] = from;
                renumbered[f] = n++;
            }
        }
        keptStarts[n] = e;
        int capacity = Integer.highestOneBit(Math.max(16, n + n / 2)) * 2;
        long[] keptTable = new long[2 * capacity];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0 && renumbered[(int) slots[i + 1]] >= 0) {
                int at = (int) slots[i] & (capacity - 1);
                while (keptTable[2 * at] != 0) {
                    at = (at + 1) & (capacity - 1);
                }
                keptTable[2 * at] = slots[i];
                keptTable[2 * at + 1] = (slots[i + 1] & 0xffffffff00000000L) | renumbered[(int) slots[i + 1]];
            }
        }
        return new CompiledNameModel(kept, lexicons, source, keptTable, Arrays.copyOf(keptStarts, n + 1),
                Arrays.copyOf(keptSlots, e), Arrays.copyOf(keptWeights, e));
    }

    private static ByteBuffer slice(ByteBuffer b, long bytes) {
        int n = Math.toIntExact(bytes);
        ByteBuffer s = b.slice().order(ByteOrder.LITTLE_ENDIAN);
        s.limit(n);
        b.position(b.position() + n + (int) ((8 - n % 8) % 8));
        return s;
    }

    // ---------------------------------------------------------------- hashing

    /** Two independent hash lanes over a feature's UTF-16 characters: the slot key and its check. */
    static final class Hash {
        private static final long SEED_A = 0xcbf29ce484222325L;
        private static final long PRIME_A = 0x100000001b3L;
        private static final long SEED_B = 0x9e3779b97f4a7c15L;
        private static final long PRIME_B = 0xd6e8feb86659fd93L;
        long a = SEED_A;
        long b = SEED_B;

        void reset() {
            a = SEED_A;
            b = SEED_B;
        }

        void put(char c) {
            a = (a ^ c) * PRIME_A;
            b = (b ^ c) * PRIME_B;
        }

        void put(String s) {
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i));
            }
        }

        void put(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                put(s.charAt(i));
            }
        }

        void copy(Hash other) {
            a = other.a;
            b = other.b;
        }

        long key() {
            long k = mix(a);
            return k == 0 ? 1 : k; // 0 marks an empty slot
        }

        int check() {
            return (int) (mix(b) >>> 32);
        }

        static long mix(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h;
        }

        static Hash of(String s) {
            Hash h = new Hash();
            h.put(s);
            return h;
        }
    }

    /** The feature with this hash, or -1 when the models never saw it. */
    int find(Hash h) {
        long key = h.key();
        int check = h.check();
        int i = (int) key & mask;
        while (true) {
            long k = slots[2 * i];
            if (k == 0) {
                return -1;
            }
            if (k == key) {
                long v = slots[2 * i + 1];
                return (int) (v >>> 32) == check ? (int) v : -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds feature {@code f}'s weights to {@code row} (at {@code offset}) for the members in {@code members}. */
    void add(int f, int members, double[] row, int offset) {
        int end = starts[f + 1];
        if (members == everyMember) {
            for (int e = starts[f]; e < end; e++) {
                row[offset + outcomeSlots[e]] += weights[e];
            }
            return;
        }
        int last = 31 - Integer.numberOfLeadingZeros(members);
        for (int e = starts[f]; e < end; e++) {
            int slot = outcomeSlots[e];
            int of = memberOfSlot[slot];
            if ((members >>> of & 1) != 0) {
                row[offset + slot] += weights[e];
            } else if (of > last) {
                return; // a feature's weights are grouped by member: none of these members follows
            }
        }
    }

    /** Adds feature {@code f}'s weights for member {@code m} to {@code scores} (that member's outcomes only). */
    void addMember(int f, int m, double[] scores) {
        int end = starts[f + 1];
        int base = members.get(m).base();
        for (int e = starts[f]; e < end; e++) {
            int slot = outcomeSlots[e];
            int of = memberOfSlot[slot];
            if (of == m) {
                scores[slot - base] += weights[e];
            } else if (of > m) {
                return; // a feature's weights are grouped by member
            }
        }
    }

    /** Feature {@code f}'s weights for member {@code m} as a dense vector over its outcomes (zero where none). */
    double[] dense(int f, int m) {
        double[] v = new double[members.get(m).outcomes().length];
        if (f >= 0) {
            addMember(f, m, v);
        }
        return v;
    }

    /** OpenNLP's sequence validator for a member as a table: may outcome {@code o} follow {@code prev} (-1: none). */
    boolean[] validity(int m) {
        Member member = members.get(m);
        String[] out = member.outcomes();
        SequenceValidator<String> v = codec(member.codec()).createSequenceValidator();
        String[] none = new String[0];
        boolean[] valid = new boolean[(out.length + 1) * out.length];
        for (int p = -1; p < out.length; p++) {
            String[] before = p < 0 ? none : new String[] {out[p]};
            for (int o = 0; o < out.length; o++) {
                valid[(p + 1) * out.length + o] = v.validSequence(before.length, new String[before.length + 1],
                        before, out[o]);
            }
        }
        return valid;
    }

    static SequenceCodec<String> codec(String name) {
        return EnsembleMembers.codec(name);
    }

    int size() {
        return members.size();
    }

    // ---------------------------------------------------------------- compiling

    /**
     * Compiles a main model and its ensemble members into the flat table.
     *
     * @throws IOException when a model cannot be run exactly by the compiled path, or two features share a hash
     */
    public static void compile(TokenNameFinderModel main, List<EnsembleMembers.Member> extra, long source,
            OutputStream out) throws IOException {
        if (!(main.getFactory() instanceof ItalianNameFinderFactory)) {
            throw new IOException("compiled inference runs ItalianNameFeatures only; the model's feature factory is "
                    + main.getFactory().getClass().getName());
        }
        if (main.getArtifact(WordClusters.ARTIFACT) != null) {
            throw new IOException("compiled inference does not compute word-class features (" + WordClusters.ARTIFACT
                    + "): use the OpenNLP reference path (NameModel.load) for this model");
        }
        NameLexicons lexicons = main.getArtifact(NameLexicons.ARTIFACT);
        if (lexicons == null) {
            throw new IOException("the model has no " + NameLexicons.ARTIFACT);
        }
        String variant = main.getManifestProperty(ItalianNameFinderFactory.VARIANT);
        String beam = main.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        List<EnsembleMembers.Member> all = new ArrayList<>();
        all.add(new EnsembleMembers.Member(codecName(main.getFactory().createSequenceCodec()),
                variant == null ? "" : variant, beam == null ? 3 : Integer.parseInt(beam), main.getArtifact(WEIGHTS)));
        all.addAll(extra);
        if (all.size() > 8) {
            throw new IOException("compiled inference takes at most 8 ensemble members, not " + all.size());
        }
        List<Member> members = new ArrayList<>();
        List<Map<String, Context>> maps = new ArrayList<>();
        int base = 0;
        for (EnsembleMembers.Member m : all) {
            ItalianNameFeatures.variantGroups(m.variant()); // refuses an unknown feature group
            codec(m.codec());
            MaxentModel weights = m.weights();
            if (!(weights instanceof PerceptronModel p)) {
                throw new IOException("compiled inference runs perceptron models only; a member is "
                        + weights.getClass().getName());
            }
            Object[] data = p.getDataStructures();
            @SuppressWarnings("unchecked")
            Map<String, Context> pmap = (Map<String, Context>) data[1];
            String[] outcomes = ((String[]) data[2]).clone();
            members.add(new Member(m.codec(), m.variant(), m.beam(), outcomes, base));
            maps.add(pmap);
            base += outcomes.length;
        }
        if (base > Short.MAX_VALUE) { // outcome slots are stored as shorts
            throw new IOException("too many outcomes: " + base);
        }
        TreeMap<String, Boolean> features = new TreeMap<>();
        for (Map<String, Context> pmap : maps) {
            for (String f : pmap.keySet()) {
                features.put(f, Boolean.TRUE);
            }
        }
        int n = features.size();
        int capacity = Integer.highestOneBit(Math.max(16, n + n / 2)) * 2;
        long[] slots = new long[2 * capacity];
        String[] owner = new String[capacity];
        int[] starts = new int[n + 1];
        int total = 0;
        for (Map<String, Context> pmap : maps) {
            for (Context c : pmap.values()) {
                total += c.getOutcomes().length;
            }
        }
        short[] entrySlots = new short[total];
        double[] entryWeights = new double[total];
        int f = 0;
        int e = 0;
        for (String feature : features.keySet()) {
            Hash h = Hash.of(feature);
            long key = h.key();
            int i = (int) key & (capacity - 1);
            while (slots[2 * i] != 0) {
                if (slots[2 * i] == key) {
                    throw new IOException("features '" + owner[i] + "' and '" + feature + "' share a hash");
                }
                i = (i + 1) & (capacity - 1);
            }
            slots[2 * i] = key;
            slots[2 * i + 1] = (long) h.check() << 32 | (f & 0xffffffffL);
            owner[i] = feature;
            starts[f] = e;
            for (int m = 0; m < members.size(); m++) {
                Context c = maps.get(m).get(feature);
                if (c == null) {
                    continue;
                }
                int[] outcomes = c.getOutcomes();
                double[] params = c.getParameters();
                for (int j = 0; j < outcomes.length; j++) {
                    entrySlots[e] = (short) (members.get(m).base() + outcomes[j]);
                    entryWeights[e] = params[j];
                    e++;
                }
            }
            f++;
        }
        starts[n] = e;

        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(header);
        d.writeUTF(MAGIC);
        d.writeLong(source);
        d.writeInt(members.size());
        for (Member m : members) {
            d.writeUTF(m.codec());
            d.writeUTF(m.variant());
            d.writeInt(m.beam());
            d.writeInt(m.outcomes().length);
            for (String o : m.outcomes()) {
                d.writeUTF(o);
            }
        }
        ByteArrayOutputStream lists = new ByteArrayOutputStream();
        lexicons.write(lists);
        d.writeInt(lists.size());
        lists.writeTo(d);
        d.flush();
        while ((4 + header.size()) % 8 != 0) {
            header.write(0);
        }
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(header.size());
        header.writeTo(o);
        ByteBuffer t = ByteBuffer.allocate(16 + 16 * capacity + align(4 * (n + 1)) + align(2 * e) + 8 * e)
                .order(ByteOrder.LITTLE_ENDIAN);
        t.putInt(capacity).putInt(n).putInt(e).putInt(0);
        t.asLongBuffer().put(slots);
        t.position(t.position() + 16 * capacity);
        t.asIntBuffer().put(starts);
        t.position(t.position() + align(4 * (n + 1)));
        t.asShortBuffer().put(entrySlots, 0, e);
        t.position(t.position() + align(2 * e));
        t.asDoubleBuffer().put(entryWeights, 0, e);
        o.write(t.array());
        o.flush();
    }

    private static int align(int bytes) {
        return (bytes + 7) & ~7;
    }

    private static String codecName(SequenceCodec<String> codec) throws IOException {
        if (codec instanceof BioCodec) {
            return "BIO";
        }
        if (codec instanceof BilouCodec) {
            return "BILOU";
        }
        throw new IOException("compiled inference knows the BIO and BILOU codecs, not " + codec.getClass().getName());
    }

    // ---------------------------------------------------------------- reading

    /** Reads a compiled model from a stream. */
    public static CompiledNameModel read(InputStream in) throws IOException {
        return of(ByteBuffer.wrap(in.readAllBytes()));
    }

    /** Reads a compiled model file, mapped into memory while its table is copied. */
    public static CompiledNameModel map(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return of(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
        }
    }

    private static CompiledNameModel of(ByteBuffer b) throws IOException {
        b.order(ByteOrder.BIG_ENDIAN);
        int headerSize = b.limit() < 4 ? -1 : b.getInt(0);
        if (headerSize < 0 || headerSize > b.limit() - 4) { // a truncated or foreign file: say so, allocate nothing
            throw new IOException("not a compiled name model (header of " + headerSize + " bytes in a file of "
                    + b.limit() + ")");
        }
        byte[] header = new byte[headerSize];
        b.get(4, header);
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(header));
        if (!d.readUTF().equals(MAGIC)) {
            throw new IOException("not a compiled name model (expected " + MAGIC + ")");
        }
        long source = d.readLong();
        int count = d.readInt();
        List<Member> members = new ArrayList<>();
        int base = 0;
        for (int m = 0; m < count; m++) {
            String codec = d.readUTF();
            String variant = d.readUTF();
            int beam = d.readInt();
            String[] outcomes = new String[d.readInt()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = d.readUTF();
            }
            refuseUnsupported(m, codec, variant, beam, outcomes);
            members.add(new Member(codec, variant, beam, outcomes, base));
            base += outcomes.length;
        }
        byte[] lists = new byte[d.readInt()];
        d.readFully(lists);
        NameLexicons lexicons = NameLexicons.read(new ByteArrayInputStream(lists));
        b.position(4 + headerSize);
        return of(members, lexicons, source, b.slice());
    }

    /**
     * Refuses, at load, a member the compiled path cannot run exactly: a tag codec, feature group or beam it does not
     * know (a file written by a newer or different compiler).
     */
    private static void refuseUnsupported(int m, String codec, String variant, int beam, String[] outcomes)
            throws IOException {
        try {
            codec(codec);
            ItalianNameFeatures.variantGroups(variant);
        } catch (IllegalArgumentException e) {
            throw new IOException("compiled name model, member " + m + ": " + e.getMessage()
                    + "; the compiled path cannot compute it (run this model on the OpenNLP reference path)", e);
        }
        if (beam < 1 || outcomes.length == 0) {
            throw new IOException("compiled name model, member " + m + ": beam " + beam + " with "
                    + outcomes.length + " outcomes");
        }
    }

    /** A fingerprint of the source model files' bytes, recorded in the compiled file to spot a stale one. */
    public static long fingerprint(byte[]... files) {
        Hash h = new Hash();
        for (byte[] f : files) {
            for (byte x : f) {
                h.put((char) (x & 0xff));
            }
            h.put('\u0001');
        }
        return h.key();
    }

    /** Member count and codecs, for messages. */
    @Override
    public String toString() {
        Map<String, Integer> codecs = new HashMap<>();
        members.forEach(m -> codecs.merge(m.codec(), 1, Integer::sum));
        return members.size() + " members " + codecs;
    }
}
