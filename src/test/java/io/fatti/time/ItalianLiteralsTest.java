package io.fatti.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Italian word of the time grammar comes from {@code models/time/}: the code of the time package compares no
 * quoted word (comments may quote them). Upper-case literals are data-file keywords and TIMEX3 codes, not words.
 */
class ItalianLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java/io/fatti/time");

    /** A quoted literal starting with a lower-case letter: a word, or the start of one. */
    private static final Pattern WORD_LITERAL = Pattern.compile("\"(\\p{Ll}[\\p{L}']*)\"");

    /**
     * The only lower-case literals allowed: the stage's English name, and the letters of two spelling tests (a
     * plural ends in -i or -e; a short Roman numeral starts with "i").
     */
    private static final Set<String> ALLOWED = Set.of("temporal", "i", "e");

    @Test
    void noItalianWordIsQuotedInTheTimePackage() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = withoutComments(Files.readString(f));
                Matcher m = WORD_LITERAL.matcher(code);
                while (m.find()) {
                    if (!ALLOWED.contains(m.group(1))) {
                        found.add(f.getFileName() + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(found).as("Italian words written in Java; move them to models/time/grammar-words.tsv").isEmpty();
    }

    @Test
    void theCheckFindsAQuotedWord() {
        Matcher m = WORD_LITERAL.matcher(withoutComments("if (s.equals(\"settimana\")) { // \"mese\"\n}"));
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("settimana");
        assertThat(m.find()).as("a word quoted in a comment is allowed").isFalse();
    }

    /** The code without block comments and without line comments that follow code or stand alone. */
    static String withoutComments(String source) {
        String noBlocks = source.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder();
        for (String line : noBlocks.split("\n", -1)) {
            int c = commentStart(line);
            out.append(c < 0 ? line : line.substring(0, c)).append('\n');
        }
        return out.toString();
    }

    /** Where a line comment starts outside string and character literals, or -1. */
    private static int commentStart(String line) {
        boolean inString = false;
        boolean inChar = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '"' && !inChar) {
                inString = !inString;
            } else if (c == '\'' && !inString) {
                inChar = !inChar;
            } else if (!inString && !inChar && c == '/' && k + 1 < line.length() && line.charAt(k + 1) == '/') {
                return k;
            }
        }
        return -1;
    }
}
