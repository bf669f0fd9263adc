package org.readoutdiff.storage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One series: a base statement compared with several others, and (as {@link StoredResult})
 * the options and engine version it ran with and its result as the JSON document (schema
 * readout-diff/series/1).
 * The members are the statements in order, the base first.
 */
@Entity
@Table(name = "series")
public class SeriesEntity extends StoredResult {

    @Id
    @Column(length = 24)
    public String id;


    /** The team it belongs to (V5; 'default' for what was stored before accounts). */
    @Column(nullable = false, length = 100)
    public String team = "default";

    @ElementCollection
    @CollectionTable(name = "series_member", joinColumns = @JoinColumn(name = "series_id"))
    @OrderColumn(name = "member_index")
    public List<SeriesMember> members = new ArrayList<>();
}
