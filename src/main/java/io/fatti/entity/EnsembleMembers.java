package io.fatti.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;

/**
 * The extra members of the name-finder ensemble, in one file next to the main model ({@code x.bin} →
 * {@code x-members.bin}): per member its tag codec (BIO or BILOU), its feature variant and its weights. Members
 * share the main model's name lists, so each adds only its weights to the load.
 */
public final class EnsembleMembers {

    private static final String MAGIC = "fatti-ner-members-1";
    /** OpenNLP's artifact name for a name finder's weights. */
    private static final String WEIGHTS = "nameFinder.model";

    /** One member as trained: how it reads tags, which features it uses, its beam and its weights. */
    public record Member(String codec, String variant, int beam, MaxentModel weights) {

        public static Member of(TokenNameFinderModel trained, String codec, String variant, int beam) {
            return new Member(codec, variant, beam, trained.getArtifact(WEIGHTS));
        }
    }

    private EnsembleMembers() {
    }

    public static void write(List<Member> members, OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out); // no time stamp: same members, same bytes
        DataOutputStream d = new DataOutputStream(zipped);
        d.writeUTF(MAGIC);
        d.writeInt(members.size());
        for (Member m : members) {
            d.writeUTF(m.codec());
            d.writeUTF(m.variant());
            d.writeInt(m.beam());
            ByteArrayOutputStream weights = new ByteArrayOutputStream();
            new GenericModelWriter((AbstractModel) m.weights(), new DataOutputStream(weights)).persist();
            d.writeInt(weights.size());
            weights.writeTo(d);
        }
        d.flush();
        zipped.finish();
    }

    /** The members as name-finder models over the main model's name lists. */
    static List<TokenNameFinderModel> read(InputStream in, NameLexicons lexicons) throws IOException {
        return bind(readWeights(in), lexicons);
    }

    /** The members' weights, read without the name lists, so that it can run while the main model loads. */
    static List<Member> readWeights(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (!d.readUTF().equals(MAGIC)) {
            throw new IOException("not an ensemble members file");
        }
        int n = d.readInt();
        List<Member> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String codec = d.readUTF();
            String variant = d.readUTF();
            int beam = d.readInt();
            byte[] bytes = new byte[d.readInt()];
            d.readFully(bytes);
            out.add(new Member(codec, variant, beam,
                    new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel()));
        }
        return out;
    }

    /** Name-finder models from members' weights and the main model's name lists. */
    static List<TokenNameFinderModel> bind(List<Member> members, NameLexicons lexicons) {
        List<TokenNameFinderModel> out = new ArrayList<>(members.size());
        for (Member m : members) {
            SequenceCodec<String> codec = codec(m.codec());
            Map<String, Object> resources = new HashMap<>();
            resources.put(NameLexicons.ARTIFACT, lexicons);
            Map<String, String> manifest = new HashMap<>();
            if (!m.variant().isEmpty()) {
                manifest.put(ItalianNameFinderFactory.VARIANT, m.variant());
            }
            out.add(new TokenNameFinderModel("it", m.weights(), m.beam(), null, resources, manifest, codec,
                    new ItalianNameFinderFactory(lexicons, null, codec, m.variant())));
        }
        return out;
    }

    public static SequenceCodec<String> codec(String name) {
        switch (name) {
            case "BIO":
                return new BioCodec();
            case "BILOU":
                return new BilouCodec();
            default:
                throw new IllegalArgumentException("unknown tag codec " + name + " (BIO or BILOU)");
        }
    }
}
