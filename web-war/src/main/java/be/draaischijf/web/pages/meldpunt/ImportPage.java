package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.partner.api.ImportFormat;
import be.draaischijf.partner.api.ImportJob;
import be.draaischijf.partner.api.ImportJobState;
import be.draaischijf.partner.api.ImportJobs;
import be.draaischijf.partner.api.ImportPreview;
import be.draaischijf.partner.api.ImportRowResult;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * /meldpunt/import: a coordinator uploads a CSV file or an HSDS export, sees every row checked (with
 * Dutch messages per cell), and imports it all or nothing. The import runs in the background with a
 * progress bar, so a long file does not leave the person staring at a frozen page.
 * <p>
 * The file, the checked rows and the import's progress are kept by the partner module as an import job in the
 * database (ADR 0051): this view holds the job's id only, so that the session stays small and any server of a cluster
 * can answer the next request and the progress bar's polls. What it read of the job is kept for the request it was
 * read in and the next ones on this server ({@code transient}), read again where the view was moved to another.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    /** The API's parameter → the input it came from. */
    private static final Map<String, String> FIELDS = Map.of("content", "bestand", "format", "bestand");

    @EJB
    ImportJobs importJobs;

    @Inject
    Messages messages;

    /** The upload of this request only (never kept in the session). */
    private transient Part file;

    /** The job this view shows; null before a file was checked. */
    private UUID jobId;

    /** The job and its rows as last read (read again when missing, e.g. on another server). */
    private transient ImportJob job;
    private transient ImportPreview preview;

    /** Reads the chosen file, checks every row and keeps it as a job; nothing is saved in the directory. */
    public void check() throws IOException {
        jobId = null;
        job = null;
        preview = null;
        if (file == null || file.getSize() == 0) {
            messages.error("import:bestand", "import.file.required");
            return;
        }
        String fileName = file.getSubmittedFileName();
        String content;
        try (InputStream in = file.getInputStream()) {
            content = decoded(in.readAllBytes());
        }
        ImportFormat format = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")
                ? ImportFormat.HSDS_JSON : ImportFormat.CSV;
        try {
            job = importJobs.check(format, fileName, content);
        } catch (Refusal refused) {
            Refusals.onPage(refused, "import", FIELDS);
            return;
        }
        jobId = job.id();
        if (job.state() == ImportJobState.CHECKED) {
            messages.info("import.checked.valid");
        } else {
            messages.error(null, "import.checked.invalid");
        }
    }

    /**
     * UTF-8 when the file is valid UTF-8; otherwise Windows-1252, which is what Excel on a Belgian
     * Windows machine writes as "CSV" (so "Emmaüs" does not turn into a replacement character).
     */
    static String decoded(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** Starts the import in the background (on whichever server takes it); the page polls {@link #poll()}. */
    public void start() {
        if (jobId == null || !getJob().state().equals(ImportJobState.CHECKED)) {
            return;
        }
        try {
            job = importJobs.start(jobId);
        } catch (Refusal refused) {
            Refusals.message(refused);
            return;
        }
        if (job.running()) {
            PrimeFaces.current().executeScript("PF('importPoll').start()");
        } else {
            finished();
        }
    }

    /** Called by the poll: when the import is done, stops polling and says how it went. */
    public void poll() {
        if (jobId == null) {
            return;
        }
        job = importJobs.find(jobId);
        if (!job.state().finished()) {
            return;
        }
        finished();
    }

    /** The job ended (here or on another server): the rows as the import saw them, and what happened, in words. */
    private void finished() {
        PrimeFaces.current().executeScript("PF('importPoll').stop()");
        PrimeFaces.current().ajax().update("resultaat:uitkomst");
        preview = null;
        switch (job.state()) {
            case DONE -> messages.info("import.done");
            case REJECTED -> messages.error(null, "import.checked.invalid");
            default -> messages.error(null, "import.failed");
        }
    }

    public String summary() {
        ImportPreview rows = getPreview();
        if (rows == null) {
            return "";
        }
        long newOrganisations = rows.rows().stream().filter(ImportRowResult::newOrganisation)
                .map(row -> row.organisation().toLowerCase(Locale.ROOT)).distinct().count();
        long offers = rows.rows().stream().filter(row -> row.offer() != null).count();
        return MessageFormat.format(messages.text("import.summary"), rows.rows().size(), rows.invalidRows(),
                newOrganisations, offers);
    }

    /** The job as last read; read when this view has none (a new request on another server). Null before a check. */
    public ImportJob getJob() {
        if (job == null && jobId != null) {
            job = importJobs.find(jobId);
        }
        return job;
    }

    public boolean isRunning() {
        return getJob() != null && job.running();
    }

    public boolean isImported() {
        return getJob() != null && job.state() == ImportJobState.DONE;
    }

    public int getProgress() {
        return getJob() == null ? 0 : job.percent();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return getJob() == null ? null : job.fileName();
    }

    /** Every row as checked (or as imported); null before a check. */
    public ImportPreview getPreview() {
        if (preview == null && jobId != null) {
            preview = importJobs.rows(jobId);
        }
        return preview;
    }

    public List<ImportRowResult> getRows() {
        return getPreview() == null ? List.of() : preview.rows();
    }
}
