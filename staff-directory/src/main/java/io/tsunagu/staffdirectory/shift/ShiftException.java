package io.tsunagu.staffdirectory.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A one-off change to a staff member's weekly shifts on one local date. */
@Entity
@Table(name = "shift_exception")
public class ShiftException {

    @Id
    private UUID id;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ExceptionKind kind;

    @Column(name = "start_minute")
    private Integer startMinute;

    @Column(name = "end_minute")
    private Integer endMinute;

    @Column(name = "reason", nullable = false)
    private String reason;

    protected ShiftException() {
    }

    public ShiftException(UUID id, String username, LocalDate date, ExceptionKind kind, Integer startMinute,
                          Integer endMinute, String reason) {
        this.id = id;
        this.username = username;
        this.date = date;
        this.kind = kind;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
        this.reason = reason;
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public LocalDate getDate() {
        return date;
    }

    public ExceptionKind getKind() {
        return kind;
    }

    public Integer getStartMinute() {
        return startMinute;
    }

    public Integer getEndMinute() {
        return endMinute;
    }

    public String getReason() {
        return reason;
    }

    ShiftCalendar.Exception toCalendar() {
        return new ShiftCalendar.Exception(date, kind, startMinute, endMinute);
    }
}
