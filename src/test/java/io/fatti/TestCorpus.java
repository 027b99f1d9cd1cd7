package io.fatti;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the corpus files of parameterised tests (src/test/resources): one case a line; blank and # lines skipped. */
public final class TestCorpus {

    /** A line of a corpus file and its number (from 1), for messages like "values.tsv:12". */
    public record Line(int number, String text) {
    }

    private TestCorpus() {
    }

    /** The case lines of a classpath resource such as {@code "/values/values.tsv"}. */
    public static List<Line> lines(String resource) throws IOException {
        InputStream in = TestCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no test resource " + resource);
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(new Line(n, line));
                }
            }
        }
        return out;
    }
}
