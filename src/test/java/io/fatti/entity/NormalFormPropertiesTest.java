package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * {@code CompanyReading.normal} is written as a loop for speed; it must give exactly what its regular-expression
 * definition gives: curly apostrophes straightened, runs of whitespace one space, lower case, trimmed.
 */
class NormalFormPropertiesTest {

    private static String definition(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).trim();
    }

    @Property(tries = 2000)
    void theLoopIsTheDefinition(@ForAll @StringLength(max = 40)
                                @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00a0', '\u2019', '\'', 'A', 'b', 'È',
                                        'ß', 'İ', 'Σ', '\u0001', '-', '.'}) String s) {
        assertThat(CompanyReading.normal(s)).isEqualTo(definition(s));
    }

    @Property(tries = 500)
    void anyText(@ForAll String s) {
        assertThat(CompanyReading.normal(s)).isEqualTo(definition(s));
    }
}
