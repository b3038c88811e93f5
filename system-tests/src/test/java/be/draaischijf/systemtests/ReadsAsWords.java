package be.draaischijf.systemtests;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person reads (a page's visible text, a mail) holds no machinery: no code such as {@code IN_ANALYSIS} or
 * {@code CONSENT} and no ISO date such as {@code 2026-03-09}. Codes are the UPPER_SNAKE_CASE words and every constant
 * of the modules' API enums; acronyms people write (CLB, OCMW, PDF …) are allowed. Text a page shows as a code on
 * purpose ({@code <code>}, {@code <kbd>}: the reference lists' codes an administrator manages) is left out by the
 * browser scan.
 */
final class ReadsAsWords {

    /** Abbreviations that are words in Dutch and English texts here, not codes. */
    private static final Set<String> ACRONYMS = Set.of("CLB", "CAW", "OCMW", "OKAN", "JAC", "BUSO", "BSO", "TSO", "ASO",
            "KSO", "DKO", "HBO", "PDF", "CSV", "XLSX", "ICS", "API", "REST", "JSON", "HSDS", "TOTP", "QR", "URL", "HTML",
            "WCAG", "GDPR", "AVG", "DPO", "RFC", "ID", "SMS", "FAQ", "IT", "OK", "BV", "VZW", "NV", "BTW", "EU", "VAPH",
            "CGG", "OPZ", "VDAB", "AGODI", "AHOVOKS", "PMS", "ADHD", "ASS", "GON", "ION", "BE", "NL", "EN", "DS", "LET");

    private static final Pattern SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z]{3,}\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}[^\\s]*)?\\b");

    private static volatile Set<String> enumConstants;

    private ReadsAsWords() {
    }

    /** The codes and ISO dates in this text, each once, in order. */
    static List<String> findings(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher snake = SNAKE.matcher(text);
        while (snake.find()) {
            found.add(snake.group());
        }
        Matcher upper = UPPER_WORD.matcher(text);
        while (upper.find()) {
            if (codes().contains(upper.group()) && !ACRONYMS.contains(upper.group())) {
                found.add(upper.group());
            }
        }
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            found.add(iso.group());
        }
        return new ArrayList<>(found);
    }

    /** Every constant of the modules' API enums (statuses, legal grounds, channels …) and every reference list code. */
    static synchronized Set<String> codes() {
        if (enumConstants == null) {
            Path root = Path.of(System.getProperty("project.root", ".."));
            List<Path> apis = ArchitectureTest.MODULES.stream().filter(module -> module.endsWith("-api"))
                    .map(module -> root.resolve(module).resolve("target/classes")).toList();
            Set<String> constants = new ClassFileImporter().importPaths(apis).stream()
                    .filter(JavaClass::isEnum)
                    .filter(type -> type.getPackageName().endsWith(".api"))
                    .flatMap(type -> type.getEnumConstants().stream().map(constant -> constant.name()))
                    .collect(Collectors.toCollection(java.util.HashSet::new));
            // and the codes of the reference lists (districts, problem areas, sectors …), as the server has them
            for (String list : List.of("districts", "problem-areas", "sectors", "session-themes", "consultation-forums",
                    "decline-reasons", "signal-themes")) {
                Http.json(Http.get("/api/reference-lists/" + list)).asJsonArray().getValuesAs(jakarta.json.JsonObject.class)
                        .forEach(item -> constants.add(item.getString("code")));
            }
            enumConstants = Set.copyOf(constants);
        }
        return enumConstants;
    }

    /** What a mail says (subject and text), without its links (their tokens are no words). */
    static List<String> findingsInMail(String subject, String text) {
        return findings(subject + "\n" + text.replaceAll("https?://\\S+", " "));
    }

    /** The visible text of the page, without what it shows as code on purpose. */
    static final String VISIBLE_TEXT = """
            () => {
              const parts = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const element = walker.currentNode.parentElement;
                if (!element || element.closest('code, kbd, samp, script, style, noscript, template')) continue;
                if (element.checkVisibility && !element.checkVisibility()) continue;
                parts.push(walker.currentNode.textContent);
              }
              return parts.join(' ');
            }""";
}
