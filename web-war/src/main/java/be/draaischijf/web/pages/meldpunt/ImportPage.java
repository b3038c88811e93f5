package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.partner.api.DirectoryImport;
import be.draaischijf.partner.api.ImportFormat;
import be.draaischijf.partner.api.ImportPreview;
import be.draaischijf.partner.api.ImportRejected;
import be.draaischijf.partner.api.ImportRowResult;
import be.draaischijf.web.layout.Messages;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;

/**
 * /meldpunt/import: a coordinator uploads a CSV file or an HSDS export, sees every row checked (with
 * Dutch messages per cell), and imports it all or nothing. The import runs in the background with a
 * progress bar, so a long file does not leave the person staring at a frozen page.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(ImportPage.class.getName());

    @EJB
    DirectoryImport directoryImport;

    @Resource
    transient ManagedExecutorService executor;

    @Inject
    Messages messages;

    private transient Part file;
    private String fileName;
    private String content;
    private ImportFormat format;
    private ImportPreview preview;
    private final AtomicInteger progress = new AtomicInteger();
    private transient Future<ImportPreview> running;
    private boolean imported;

    /** Reads the chosen file and checks every row; nothing is saved. */
    public void check() throws IOException {
        imported = false;
        preview = null;
        if (file == null || file.getSize() == 0) {
            messages.error("import:bestand", "import.file.required");
            return;
        }
        fileName = file.getSubmittedFileName();
        try (InputStream in = file.getInputStream()) {
            content = decoded(in.readAllBytes());
        }
        format = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")
                ? ImportFormat.HSDS_JSON : ImportFormat.CSV;
        preview = directoryImport.preview(format, content);
        if (preview.valid()) {
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

    /** Starts the import in the background; the page polls {@link #poll()} for its progress. */
    public void start() {
        if (preview == null || !preview.valid() || running != null) {
            return;
        }
        progress.set(0);
        String text = content;
        ImportFormat chosen = format;
        running = executor.submit(() -> directoryImport.apply(chosen, text,
                (done, total) -> progress.set(done * 100 / total)));
        PrimeFaces.current().executeScript("PF('importPoll').start()");
    }

    /** Called by the poll: when the import is done, stops polling and says how it went. */
    public void poll() {
        if (running == null || !running.isDone()) {
            return;
        }
        PrimeFaces.current().executeScript("PF('importPoll').stop()");
        PrimeFaces.current().ajax().update("resultaat:uitkomst");
        try {
            preview = running.get();
            imported = true;
            progress.set(100);
            messages.info("import.done");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ImportRejected rejected) {
                preview = rejected.getPreview();
                messages.error(null, "import.checked.invalid");
            } else {
                LOG.log(Level.SEVERE, "Import failed", e);
                messages.error(null, "import.failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = null;
            content = null;
        }
    }

    public String summary() {
        if (preview == null) {
            return "";
        }
        long newOrganisations = preview.rows().stream().filter(ImportRowResult::newOrganisation)
                .map(row -> row.organisation().toLowerCase(Locale.ROOT)).distinct().count();
        long offers = preview.rows().stream().filter(row -> row.offer() != null).count();
        return MessageFormat.format(messages.text("import.summary"), preview.rows().size(), preview.invalidRows(),
                newOrganisations, offers);
    }

    public boolean isRunning() {
        return running != null;
    }

    public boolean isImported() {
        return imported;
    }

    public int getProgress() {
        return progress.get();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public List<ImportRowResult> getRows() {
        return preview == null ? List.of() : preview.rows();
    }
}
