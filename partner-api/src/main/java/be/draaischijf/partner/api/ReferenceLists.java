package be.draaischijf.partner.api;

import jakarta.ejb.Local;
import java.util.List;

/** Reference lists the whole network shares (districts and neighbourhoods, problem areas). */
@Local
public interface ReferenceLists {

    List<ReferenceItem> districts();

    List<ReferenceItem> problemAreas();
}
