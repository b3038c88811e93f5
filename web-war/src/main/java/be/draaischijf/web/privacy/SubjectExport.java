package be.draaischijf.web.privacy;

import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the application holds about one data subject, said in one language (GDPR articles 15 and 20): per module
 * (each listed, an empty one too), per record its kind, reference and date, and per stored value its name, its label
 * and the value in words, beside the value as stored ({@code type}, {@code stored}) for a program that reads it. The
 * JSON export is this record as it is; the PDF ({@link SubjectExportPdf}) prints the words.
 */
@Schema(name = "SubjectExport", description = "Alles wat de toepassing over één betrokkene bewaart, in de taal van de"
        + " aanvraag (AVG art. 15 en 20)")
public record SubjectExport(
        String title,
        String subject,
        LocalDate birthDate,
        String birthDateText,
        String language,
        Instant madeAt,
        String madeAtText,
        int total,
        List<Section> modules) {

    public SubjectExport {
        modules = List.copyOf(modules);
    }

    /** One module's records about the subject: "Dossiers van het Centraal Meldpunt". */
    @Schema(name = "SubjectExportModule", description = "Wat één module over de betrokkene bewaart")
    public record Section(String module, String label, List<Entry> records) {

        public Section {
            records = List.copyOf(records);
        }
    }

    /** One record: "Dossier DS-2026-0142, aangemaakt op 3 maart 2026", with every value stored in it. */
    @Schema(name = "SubjectExportRecord", description = "Eén gegeven van een module, met alles wat erin bewaard is")
    public record Entry(String kind, String kindLabel, UUID id, String reference, Instant createdAt, String createdAtText,
                        List<Value> fields) {

        public Entry {
            fields = List.copyOf(fields);
        }
    }

    /** One stored value: its name, its label and the value in words; and as stored, with its type (TEXT, DATE, ...). */
    @Schema(name = "SubjectExportValue", description = "Eén bewaard gegeven: naam, label en waarde in woorden; en zoals"
            + " bewaard, met zijn soort (TEXT, DATE, MOMENT, CODE of YES_NO)")
    public record Value(String key, String label, String value, String type, String stored) {
    }

    /** The export of what the modules found ({@link PrivacyModules#find}), in the language of {@code texts}. */
    public static SubjectExport of(SubjectQuery query, Map<String, List<SubjectRecord>> found, SubjectTexts texts,
                                   Instant madeAt) {
        List<Section> sections = found.entrySet().stream()
                .map(module -> new Section(module.getKey(), texts.module(module.getKey()),
                        module.getValue().stream().map(record -> entry(record, texts)).toList()))
                .toList();
        int total = sections.stream().mapToInt(section -> section.records().size()).sum();
        LocalDate born = query.youngPerson() ? query.birthDate() : null;
        return new SubjectExport(texts.title(query), texts.subject(query), born, born == null ? null : texts.date(born),
                texts.language().getLanguage(), madeAt, texts.moment(madeAt), total, sections);
    }

    private static Entry entry(SubjectRecord record, SubjectTexts texts) {
        return new Entry(record.kind(), texts.kind(record.kind()), record.id(), record.reference(), record.createdAt(),
                record.createdAt() == null ? null : texts.moment(record.createdAt()),
                record.fields().stream().map(field -> new Value(texts.key(field), texts.label(field), texts.value(field),
                        field.type() == null ? "TEXT" : field.type().name(), field.value())).toList());
    }
}
