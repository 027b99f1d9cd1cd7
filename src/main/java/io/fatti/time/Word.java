package io.fatti.time;

/**
 * The single words the grammar's rules name, by their part in a rule. The words themselves are Italian and live in
 * {@code models/time/grammar-words.tsv} (one or more forms per name, validated on load); the Java code names only
 * these constants and compares no Italian literal (the comments quote the forms of today's file).
 */
enum Word {
    /** {@code settimana} today. */
    WEEK,
    /** {@code n}, {@code nr}, {@code num}, {@code numero}, {@code prot} today: a number sign ("n. 12/2024"). */
    NUMBER_SIGN,
    /** {@code su} today ("7 giorni su 7"). */
    OUT_OF,
    /** {@code u} today: "u.s." (ultimo scorso) after a date. */
    PAST_MARK,
    /** {@code s} today. */
    PAST_MARK_END,
    /** {@code p} today: "p.v." (prossimo venturo) after a date. */
    COMING_MARK,
    /** {@code v} today. */
    COMING_MARK_END,
    /** {@code non} today ("entro e non oltre il 30 giugno"). */
    NOT,
    /** {@code un} today. */
    ONE_UN,
    /** {@code uno} today. */
    ONE_UNO,
    /** {@code una} today. */
    ONE_UNA,
    /** {@code un&#39;} today. */
    ONE_ELIDED,
    /** {@code fiscale} today. */
    FISCAL,
    /** {@code anno} today. */
    YEAR,
    /** {@code anni} today. */
    YEARS,
    /** {@code mese} today. */
    MONTH,
    /** {@code di} today. */
    OF,
    /** {@code a} today. */
    AT,
    /** {@code trimestre} today. */
    QUARTER,
    /** {@code bimestre} today. */
    TWO_MONTHS,
    /** {@code quadrimestre} today. */
    FOUR_MONTHS,
    /** {@code semestre} today. */
    HALF_YEAR,
    /** {@code finanziario} today. */
    FINANCIAL,
    /** {@code ora} today. */
    HOUR,
    /** {@code ore} today. */
    HOURS,
    /** {@code mezzogiorno} today. */
    NOON,
    /** {@code mezzanotte} today. */
    MIDNIGHT,
    /** {@code dopo} today. */
    AFTER,
    /** {@code al} today. */
    TO_THE,
    /** {@code alla} today. */
    TO_THE_FEMININE,
    /** {@code all&#39;} today. */
    TO_THE_ELIDED,
    /** {@code alle} today. */
    AT_THE_HOURS,
    /** {@code quarto} today. */
    QUARTER_HOUR,
    /** {@code quarti} today. */
    QUARTER_HOURS,
    /** {@code in} today. */
    IN,
    /** {@code fa} today. */
    AGO,
    /** {@code esercizio} today. */
    FINANCIAL_YEAR,
    /** {@code dal} today. */
    FROM_THE,
    /** {@code dalle} today. */
    FROM_THE_HOURS,
    /** {@code dall&#39;} today. */
    FROM_THE_ELIDED,
    /** {@code dai} today. */
    FROM_THE_PLURAL,
    /** {@code dagli} today. */
    FROM_THE_PLURAL_GLI,
    /** {@code tre} today. */
    THREE,
    /** {@code otto} today. */
    EIGHT,
    /** {@code primo} today. */
    FIRST,
    /** {@code primi} today. */
    FIRST_PLURAL,
    /** {@code prime} today. */
    FIRST_PLURAL_FEMININE,
    /** {@code prima} today. */
    BEFORE_OR_FIRST,
    /** {@code per} today. */
    PER,
    /** {@code we} today. */
    WEEKEND_SHORT,
    /** {@code weekend} today. */
    WEEKEND,
    /** {@code week} today. */
    WEEK_ENGLISH,
    /** {@code end} today. */
    END_ENGLISH,
    /** {@code finesettimana} today. */
    WEEKEND_ONE_WORD,
    /** {@code verso} today. */
    TOWARDS,
    /** {@code ultima} today. */
    LAST_FEMININE,
    /** {@code ultimo} today. */
    LAST,
    /** {@code ultimi} today. */
    LAST_PLURAL,
    /** {@code ultime} today. */
    LAST_PLURAL_FEMININE,
    /** {@code tra} today. */
    BETWEEN,
    /** {@code fra} today. */
    BETWEEN_FRA,
    /** {@code q} today. */
    QUARTER_LETTER,
    /** {@code h} today. */
    HALF_LETTER,
    /** {@code nel} today. */
    IN_THE,
    /** {@code del} today. */
    OF_THE,
    /** {@code d&#39;} today. */
    OF_ELIDED,
    /** {@code mezzo} today. */
    HALF,
    /** {@code mezza} today. */
    HALF_FEMININE,
    /** {@code mezz&#39;} today. */
    HALF_ELIDED,
    /** {@code metà} today. */
    HALF_NOUN,
    /** {@code meta} today. */
    HALF_NOUN_UNACCENTED,
    /** {@code meno} today. */
    MINUS,
    /** {@code fine} today. */
    END,
    /** {@code sta} today. */
    THIS_SHORT,
    /** {@code questo} today. */
    THIS,
    /** {@code questa} today. */
    THIS_FEMININE,
    /** {@code secondo} today. */
    SECOND,
    /** {@code qualche} today. */
    SOME,
    /** {@code prossima} today. */
    NEXT_FEMININE,
    /** {@code precedente} today. */
    PREVIOUS,
    /** {@code periodo} today. */
    PERIOD,
    /** {@code partire} today. */
    STARTING,
    /** {@code minuto} today. */
    MINUTE,
    /** {@code locali} today. */
    LOCAL_PLURAL,
    /** {@code locale} today. */
    LOCAL,
    /** {@code le} today. */
    THE_PLURAL_FEMININE,
    /** {@code il} today. */
    THE,
    /** {@code giorno} today. */
    DAY,
    /** {@code giornata} today. */
    DAY_LONG,
    /** {@code età} today. */
    AGE,
    /** {@code decade} today. */
    DECADE_TEN_DAYS,
    /** {@code cui} today. */
    WHICH,
    /** {@code circa} today. */
    ABOUT,
    /** {@code che} today. */
    THAT,
    /** {@code sul} today. */
    ON_THE,
    /** {@code tutt} today. */
    ALL_STEM,
    /** {@code fy} today. */
    FISCAL_YEAR_LETTERS,
    /** Words that can begin a core expression though no other list holds them (a cheap gate before the grammar runs). */
    CONTENT,
    /** Small words that can open a wrapper ("a", "per") and are tried only when a content word follows. */
    LEAD,
    /** Words taken out of the content gate although a list holds them ("i": the article, not the Roman numeral). */
    NOT_CONTENT
}
