package io.fatti.robust;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a JSONL file of adversarial articles, generated (never committed): ordinary news sentences, huge numbers,
 * 1 MB lines without spaces, text from every Unicode plane (and lone surrogates), interleaved with broken lines
 * (invalid JSON, invalid UTF-8, no text, empty text, a JSON array). Remembers which lines are valid and their texts.
 */
final class AdversarialCorpus {

    /** The valid articles by id, in file order, and the 1-based numbers of the broken lines. */
    record Written(Map<String, String> valid, List<Integer> brokenLines, long bytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AdversarialCorpus() {
    }

    static Written write(Path file, long targetBytes, long seed) throws IOException {
        Random r = new Random(seed);
        Map<String, String> valid = new LinkedHashMap<>();
        List<Integer> broken = new ArrayList<>();
        long bytes = 0;
        int line = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (bytes < targetBytes) {
                line++;
                byte[] b;
                int kind = line % 10;
                if (kind == 3) {
                    b = brokenLine(r, line);
                    broken.add(line);
                } else {
                    String id = "adv-" + line;
                    String text = switch (kind) {
                        case 1 -> hugeNumbers(r);
                        case 5 -> line % 40 == 5 ? megabyteWithoutSpaces(r) : everyPlane(r);
                        case 7 -> everyPlane(r);
                        default -> news(r);
                    };
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", id);
                    o.put("text", text);
                    if (r.nextBoolean()) {
                        o.put("date", "2021-11-25");
                    }
                    b = o.toString().getBytes(StandardCharsets.UTF_8);
                    valid.put(id, text);
                }
                out.write(b);
                out.write('\n');
                bytes += b.length + 1;
            }
        }
        return new Written(valid, broken, bytes);
    }

    private static final String[] NEWS = {
        "Il gruppo ha registrato ricavi per 12,22 miliardi di dollari nel terzo trimestre 2021 (+8,2%).",
        "L'utile netto è sceso a 540 milioni di euro, contro i 2,5 miliardi dello scorso anno.",
        "Spedite 43,9 milioni di unità, quasi il 20% del mercato, tra 10 e 12 milioni in Europa.",
        "Entro la fine del 2023 saranno assunte 3.500 persone; il titolo cede lo 0,9 punti percentuali.",
        "Il nuovo iPhone 15 costa 1.299€ e la batteria da 5.000mAh dura 25 ore.",
    };

    private static String news(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            sb.append(NEWS[r.nextInt(NEWS.length)]).append(' ');
        }
        return sb.toString().strip();
    }

    private static String hugeNumbers(Random r) {
        StringBuilder sb = new StringBuilder("Ricavi per ");
        for (int i = 0, n = 1000 + r.nextInt(60_000); i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
            if (r.nextInt(200) == 0) {
                sb.append(r.nextBoolean() ? '.' : ',');
            }
        }
        sb.append(" miliardi di euro, +").append("9".repeat(500)).append("% e 1e999999 dollari, 0,")
                .append("0".repeat(3000)).append("1 mila.");
        return sb.toString();
    }

    /** About a million chars in one line with no space: numbers, units and words glued together. */
    private static String megabyteWithoutSpaces(Random r) {
        String[] pieces = {"12,5", "milioni", "di", "euro", "%", "dell'", "2021", "trimestre", "€", "GB", "-", "/",
            "novembre", "1.234.567", "mld", "$"};
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < 1_000_000) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    /** Code points from all 17 planes, lone surrogates and controls, between Italian words and numbers. */
    private static String everyPlane(Random r) {
        StringBuilder sb = new StringBuilder("Il fatturato di ");
        for (int i = 0; i < 3000; i++) {
            int plane = r.nextInt(17);
            int cp = (plane << 16) | r.nextInt(0x10000);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                sb.append((char) cp); // a lone surrogate: not valid Unicode, but a valid Java and JSON string
            } else {
                sb.appendCodePoint(cp);
            }
            if (r.nextInt(30) == 0) {
                sb.append(' ').append(r.nextInt(1000)).append(",5 milioni di euro ");
            }
        }
        return sb.append(" nel 2021.").toString();
    }

    private static byte[] brokenLine(Random r, int line) {
        return switch (line / 10 % 6) {
            case 0 -> "{\"id\": \"broken\", \"text\": \"Ricavi per 3 milioni".getBytes(StandardCharsets.UTF_8);
            case 1 -> {
                byte[] b = ("{\"id\": \"latin1\", \"text\": \"caff\u00e8 a 2 euro\"}").getBytes(StandardCharsets.ISO_8859_1);
                yield b;
            }
            case 2 -> "{\"id\": \"notext\"}".getBytes(StandardCharsets.UTF_8);
            case 3 -> "{\"id\": \"empty\", \"text\": \" \\n \"}".getBytes(StandardCharsets.UTF_8);
            case 4 -> "[\"non\", \"un oggetto\"]".getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] b = new byte[200 + r.nextInt(2000)];
                r.nextBytes(b);
                for (int i = 0; i < b.length; i++) {
                    if (b[i] == '\n') {
                        b[i] = ' ';
                    }
                }
                b[0] = '{';
                b[1] = (byte) 0xFF; // never valid UTF-8
                yield b;
            }
        };
    }
}
