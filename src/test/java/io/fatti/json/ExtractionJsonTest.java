package io.fatti.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fatti.core.Span;
import io.fatti.mention.Amount;
import io.fatti.mention.Change;
import io.fatti.mention.Money;
import io.fatti.mention.Percentage;
import io.fatti.mention.Qualifier;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {

    @Test
    void valuesArePlainDecimalStrings() {
        assertThat(ExtractionJson.plain(new BigDecimal("1.222E+10"))).isEqualTo("12220000000");
        assertThat(ExtractionJson.plain(new BigDecimal("8.20"))).isEqualTo("8.2");
        assertThat(ExtractionJson.plain(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(ExtractionJson.plain(new BigDecimal("100"))).isEqualTo("100");
    }

    @Test
    void moneyCarriesTheContractFields() {
        Money m = new Money(Span.of(3, 28), "12,22 miliardi di dollari", "money.test",
                Amount.of(new BigDecimal("12220000000")), Currency.getInstance("USD"), null,
                new Change(Change.Direction.UP, new BigDecimal("8.2"), Change.Unit.PERCENT, Change.Basis.YOY, null, null));
        JsonNode o = ExtractionJson.mention(m);
        assertThat(o.get("type").asText()).isEqualTo("MONEY");
        assertThat(o.get("start").asInt()).isEqualTo(3);
        assertThat(o.get("end").asInt()).isEqualTo(28);
        assertThat(o.get("value").asText()).isEqualTo("12220000000");
        assertThat(o.get("currency").asText()).isEqualTo("USD");
        assertThat(o.get("qualifier").isNull()).isTrue();
        assertThat(o.get("change").toString())
                .isEqualTo("{\"direction\":\"UP\",\"value\":\"8.2\",\"unit\":\"PERCENT\",\"basis\":\"YOY\"}");
    }

    @Test
    void rangesHaveLowAndHighInsteadOfValue() {
        Percentage p = new Percentage(Span.of(0, 9), "dal 5 al 7%", "percent.test",
                Amount.range(new BigDecimal("5"), new BigDecimal("7")).withQualifier(Qualifier.APPROX), null);
        JsonNode o = ExtractionJson.mention(p);
        assertThat(o.has("value")).isFalse();
        assertThat(o.get("low").asText()).isEqualTo("5");
        assertThat(o.get("high").asText()).isEqualTo("7");
        assertThat(o.get("qualifier").asText()).isEqualTo("APPROX");
    }
}
