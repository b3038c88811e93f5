package be.draaischijf.platform.privacy;

import java.util.List;

/**
 * What a module holds about one data subject (GDPR articles 15 and 20), for coordinators handling a request. Every
 * search is audited by the module that answers it (who asked, when, for how many records, never the names asked).
 */
public interface DataSubjects {

    /** Everything this module holds about the subject, oldest first; empty when it holds nothing. */
    List<SubjectRecord> find(SubjectQuery query);
}
