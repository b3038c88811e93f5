package be.draaischijf.web.layout;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model that asks a module API for one page at a time: the database does
 * the paging, never the screen. With a {@link SortedPageLoader}, a column header the table is sorted by
 * (its sortBy field) is handed to the module as well: the database sorts too.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Counts the rows. */
    public interface Counter extends Serializable {
        long count();
    }

    /** Loads one page. */
    public interface PageLoader<T> extends Serializable {
        List<T> load(int offset, int size);
    }

    /**
     * Loads one page in the order of the column the table is sorted by: its sortBy field ({@code null} when the table
     * is not sorted by a column, then the page's own order) and whether ascending.
     */
    public interface SortedPageLoader<T> extends Serializable {
        List<T> load(int offset, int size, String field, boolean ascending);
    }

    /** The key of a row, for selection. */
    public interface RowKey<T> extends Function<T, String>, Serializable {
    }

    /** The largest page the module APIs hand out. */
    static final int MAX_PAGE = 500;

    private final Counter counter;
    private final SortedPageLoader<T> loader;
    private final RowKey<T> rowKey;

    public PagedModel(Counter counter, PageLoader<T> loader, RowKey<T> rowKey) {
        this(counter, (SortedPageLoader<T>) (offset, size, field, ascending) -> loader.load(offset, size), rowKey);
    }

    public PagedModel(Counter counter, SortedPageLoader<T> loader, RowKey<T> rowKey) {
        this.counter = counter;
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = true;
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() != null && !meta.getOrder().isUnsorted()) {
                    field = meta.getField();
                    ascending = meta.getOrder().isAscending();
                    break;
                }
            }
        }
        if (pageSize <= MAX_PAGE) {
            return loader.load(first, pageSize, field, ascending);
        }
        // an export asks for everything at once: the modules hand out at most MAX_PAGE rows per call
        List<T> all = new ArrayList<>();
        for (int offset = first; offset < first + pageSize; offset += MAX_PAGE) {
            List<T> page = loader.load(offset, Math.min(MAX_PAGE, first + pageSize - offset), field, ascending);
            all.addAll(page);
            if (page.size() < MAX_PAGE) {
                break;
            }
        }
        return all;
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        return null;
    }
}
