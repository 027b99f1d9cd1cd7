package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.Fatti;
import io.fatti.mention.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Company and product readings in business and tech news (rules entity.company-context, entity.product-brand,
 * entity.product-line, entity.product-spread), on sentences written for this test with invented company names.
 */
class BusinessReadingsTest {

    private static final Fatti FATTI = Fatti.italian();

    private static List<Entity> entities(String text) {
        List<Entity> found = FATTI.extract(text).mentions(Entity.class);
        for (Entity e : found) {
            assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.text());
        }
        return found;
    }

    private static Entity.Label label(List<Entity> found, String text) {
        return found.stream().filter(e -> e.text().equals(text)).map(Entity::label).findFirst().orElse(null);
    }

    @Test
    void businessContextMakesACompany() {
        List<Entity> found = entities("Il gruppo Movexa ha chiuso il trimestre con ricavi in crescita. "
                + "Movexa conta 300 dipendenti in Lombardia.");
        assertThat(found.stream().filter(e -> e.text().equals("Movexa")))
                .hasSize(2).allMatch(e -> e.label() == Entity.Label.ORG);
        assertThat(label(found, "Lombardia")).isEqualTo(Entity.Label.LOC);
    }

    @Test
    void appositionAndLegalFormMakeACompany() {
        assertThat(label(entities("Brenzi, la società bergamasca di logistica, ha annunciato i risultati."), "Brenzi"))
                .isEqualTo(Entity.Label.ORG);
        List<Entity> found = entities("Le azioni di Solvera sono salite del 4%. "
                + "L'amministratore delegato di Solvera, Marco Ferri, si è detto soddisfatto.");
        assertThat(found.stream().filter(e -> e.text().equals("Solvera")))
                .hasSize(2).allMatch(e -> e.label() == Entity.Label.ORG);
        assertThat(label(found, "Marco Ferri")).as("a person stays a person").isEqualTo(Entity.Label.PER);
    }

    @Test
    void cuesAroundAWordTheModelMissed() {
        assertThat(label(entities("Nordtel, il gruppo di telecomunicazioni, taglia 1.200 posti."), "Nordtel"))
                .isEqualTo(Entity.Label.ORG);
        assertThat(label(entities("Un settore dominato dalla cinese Catl, che ne controlla il 37%."), "Catl"))
                .isEqualTo(Entity.Label.ORG);
        List<Entity> found = entities("Il gruppo fiorentino del lusso Ferrante ha chiuso il semestre. "
                + "Ferrante, ricavi a 1,8 miliardi.");
        assertThat(found.stream().filter(e -> e.text().equals("Ferrante")))
                .hasSize(2).allMatch(e -> e.label() == Entity.Label.ORG);
        assertThat(label(entities("La tedesca Angela Merkel ha parlato."), "Angela Merkel"))
                .isEqualTo(Entity.Label.PER);
    }

    @Test
    void aCompanyNamesItsProductsAndTheModelNameAlone() {
        List<Entity> found = entities("Il produttore cinese Kiro Technology ha presentato ieri a Milano il Kiro X7 "
                + "Pro, il nuovo smartphone. Il X7 Pro costa 799 euro.");
        assertThat(label(found, "Kiro Technology")).isEqualTo(Entity.Label.ORG);
        assertThat(label(found, "Kiro X7 Pro")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "X7 Pro")).isEqualTo(Entity.Label.PRODUCT);
    }

    @Test
    void aPreposedPlaceIsNotTheCompany() {
        List<Entity> found = entities("Il gruppo di Singapore ha chiuso l'anno in utile.");
        assertThat(label(found, "Singapore")).isEqualTo(Entity.Label.LOC);
    }

    @Test
    void brandAndModelIsOneProduct() {
        List<Entity> found = entities("La nuova Renault Twingo costerà meno di 20.000 euro, mentre la Dacia Spring "
                + "scende a 16.900 euro. HTC One M9 e LG G3 sono due telefoni del 2015.");
        assertThat(label(found, "Renault Twingo")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Dacia Spring")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "HTC One M9")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "LG G3")).isEqualTo(Entity.Label.PRODUCT);
    }

    @Test
    void aNumberedModelAfterABrandButNeverAValue() {
        List<Entity> found = entities("Tra le novità ci sono OnePlus 8 Pro e Huawei P40 Pro. Il Boeing 747 esce di "
                + "produzione. Nel 2023 Apple ha venduto 150 milioni di telefoni, Samsung 225 milioni. "
                + "Chi rottama un'auto Euro 0 riceve 5.000 euro.");
        assertThat(label(found, "OnePlus 8 Pro")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Huawei P40 Pro")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Boeing 747")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Samsung")).isEqualTo(Entity.Label.ORG);
        assertThat(found).noneMatch(e -> e.text().startsWith("Euro"));
    }

    @Test
    void servicesAndPlans() {
        List<Entity> found = entities("Con Spotify Premium e Google Drive si paga ogni mese; Playstation Plus costa "
                + "70 euro l'anno. L'abbonamento Premium Family costa 17,99 euro; il piano Student 5,99 euro.");
        assertThat(label(found, "Spotify Premium")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Google Drive")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Playstation Plus")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Premium Family")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Student")).as("the price is not part of the plan's name")
                .isEqualTo(Entity.Label.PRODUCT);
    }

    @Test
    void theCompanyWordAfterABrandIsNotAModel() {
        List<Entity> found = entities("Samsung Electronics e Apple Italia hanno firmato l'accordo; "
                + "Apple Tim Cook non era presente.");
        assertThat(label(found, "Samsung Electronics")).isEqualTo(Entity.Label.ORG);
        assertThat(found).noneMatch(e -> e.label() == Entity.Label.PRODUCT);
    }

    @Test
    void aLeagueIsNotAProductSeries() {
        List<Entity> found = entities("La squadra gioca nella serie A da due anni. La piattaforma ha pubblicato "
                + "la docu-serie Memorie di guerra. Il presidente della FIFA parla della FIFA World Cup.");
        assertThat(found).noneMatch(e -> e.label() == Entity.Label.PRODUCT);
    }
    @Test
    void codesAndPlacesAroundProductsAreNotProducts() {
        for (String text : List.of("La Rete 5G di Iliad copre ora il 90% della popolazione.",
                "Il treno Frecciarossa 9522 è arrivato a Milano con 20 minuti di ritardo.",
                "Il Consiglio regionale del Lazio ha approvato il piano Lazio 2030.",
                "Il Ministero ha assegnato il bando Scuola 4.0 alla Regione Puglia.",
                "Su Netflix arriva Stranger Things, mentre su Disney+ Andor torna a maggio.")) {
            assertThat(entities(text)).as(text)
                    .noneMatch(e -> e.label() == Entity.Label.PRODUCT && !e.text().equals("Disney+"));
        }
        List<Entity> found = entities("Mario Rossi ha comprato un iPhone 15 128GB e una Smart TV Samsung.");
        assertThat(label(found, "iPhone 15")).as("a storage size is not a model name").isEqualTo(Entity.Label.PRODUCT);
    }

    @Test
    void aNameWithAModelCodeAndAModelAfterAProduct() {
        List<Entity> found = entities("Veltra ha presentato il nuovo Strato K40, mentre gli auricolari Galaxy Buds 9 "
                + "arrivano a giugno. La nuova Citroen e-C5 costa meno.");
        assertThat(label(found, "Strato K40")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Galaxy Buds 9")).isEqualTo(Entity.Label.PRODUCT);
        assertThat(label(found, "Citroen e-C5")).isEqualTo(Entity.Label.PRODUCT);
    }
}
