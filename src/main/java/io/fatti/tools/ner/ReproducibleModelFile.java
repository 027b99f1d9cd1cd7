package io.fatti.tools.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.util.model.BaseModel;

/**
 * Writes an OpenNLP model so that the same training data gives the same bytes: OpenNLP stamps the training time into
 * the manifest and the zip entries; those stamps are dropped or fixed here. Nothing else changes.
 */
public final class ReproducibleModelFile {

    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private ReproducibleModelFile() {
    }

    public static void write(BaseModel model, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        model.serialize(raw);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    data = withoutTimes(new String(data, StandardCharsets.ISO_8859_1))
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setLastModifiedTime(EPOCH);
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        }
    }

    /** The manifest without its date comment and Timestamp line, in sorted order. */
    private static String withoutTimes(String manifest) {
        return manifest.lines()
                .filter(l -> !l.startsWith("#") && !l.startsWith("Timestamp="))
                .sorted()
                .reduce(new StringBuilder(), (sb, l) -> sb.append(l).append('\n'), StringBuilder::append)
                .toString();
    }
}
