package org.goodwork.engagement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.engagement.Appointments;
import org.goodwork.participant.Participants;
import org.goodwork.reference.ReferenceData;
import org.goodwork.reference.ReferenceData.CodeList;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.RecordAccessed;
import org.goodwork.shared.web.DateInput;
import org.goodwork.shared.web.Option;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Booking appointments, recording attendance without judgement, and each keyworker's diary. */
@Controller
class AppointmentController {

    private final Appointments appointments;
    private final Participants participants;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentController(
            Appointments appointments,
            Participants participants,
            ReferenceData referenceData,
            CurrentActor currentActor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.appointments = appointments;
        this.participants = participants;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    record AppointmentForm(
            String dateDay,
            String dateMonth,
            String dateYear,
            String time,
            String duration,
            String channel,

            @Size(max = 300, message = "Place must be 300 characters or fewer")
            String place,

            @Size(max = 1000, message = "What to bring must be 1000 characters or fewer")
            String whatToBring) {}

    record Day(LocalDate date, List<Appointments.Appointment> appointments) {}

    @GetMapping("/participants/{id}/appointments")
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("appointmentForm", new AppointmentForm(null, null, null, null, "60", null, null, null));
        return page(id, model);
    }

    @PostMapping("/participants/{id}/appointments")
    String book(
            @PathVariable UUID id,
            @Valid @ModelAttribute("appointmentForm") AppointmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        DateInput.Result date = DateInput.date(
                form.dateDay(),
                form.dateMonth(),
                form.dateYear(),
                "the date of the appointment",
                "Date of the appointment");
        if (!date.ok()) {
            result.rejectValue("dateDay", "date", date.problem());
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(
                    form.time() == null ? "" : form.time().strip().replace('.', ':'));
        } catch (DateTimeParseException e) {
            result.rejectValue("time", "time", "Enter a time in 24-hour format, like 14:30");
        }
        Integer minutes = null;
        try {
            minutes = Integer.valueOf(
                    form.duration() == null ? "" : form.duration().strip());
            if (minutes < 5 || minutes > 480) {
                result.rejectValue("duration", "range", "Enter a length from 5 to 480 minutes");
            }
        } catch (NumberFormatException e) {
            result.rejectValue("duration", "number", "Enter how long it will be, in minutes, like 60");
        }
        Map<String, String> channels = referenceData.labels(CodeList.CONTACT_TYPE);
        if (form.channel() == null || !channels.containsKey(form.channel())) {
            result.rejectValue("channel", "required", "Select how you will meet");
        }
        if (result.hasErrors()) {
            return page(id, model);
        }
        appointments.book(
                scope(),
                id,
                new Appointments.NewAppointment(
                        LocalDateTime.of(date.date(), time),
                        minutes,
                        form.channel(),
                        form.place(),
                        form.whatToBring()));
        redirect.addFlashAttribute("success", "Appointment booked. You can give them a calendar file for it");
        return "redirect:/participants/" + id + "/appointments";
    }

    @PostMapping("/participants/{id}/appointments/{appointmentId}/attendance")
    String attendance(
            @PathVariable UUID id,
            @PathVariable UUID appointmentId,
            @RequestParam String attendance,
            @RequestParam Long version,
            RedirectAttributes redirect) {
        Appointments.Attendance value;
        try {
            value = Appointments.Attendance.valueOf(attendance);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        appointments.recordAttendance(scope(), id, appointmentId, version == null ? -1 : version, value);
        redirect.addFlashAttribute("success", "Saved: " + value.label().toLowerCase());
        return "redirect:/participants/" + id + "/appointments";
    }

    @GetMapping("/participants/{id}/appointments/{appointmentId}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable UUID id, @PathVariable UUID appointmentId) {
        Appointments.Appointment appointment =
                appointments.find(scope(), id, appointmentId).orElseThrow(NotFoundException::new);
        events.publishEvent(new RecordAccessed(
                currentActor.asAuditActor(),
                RecordAccessed.Action.EXPORT,
                Participants.SUBJECT_TYPE,
                id,
                "Appointment calendar file"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("appointment.ics")
                                .build()
                                .toString())
                .body(appointments.calendarFile(appointment).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/diary")
    String diary(
            @RequestParam(required = false) String date, @RequestParam(defaultValue = "day") String view, Model model) {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(clock.withZone(Appointments.UK)) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            day = LocalDate.now(clock.withZone(Appointments.UK));
        }
        boolean week = "week".equals(view);
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate to = week ? from.plusDays(6) : day;
        List<Appointments.Appointment> found =
                appointments.diary(currentActor.user().orElseThrow().id(), from, to);
        model.addAttribute(
                "days",
                from.datesUntil(to.plusDays(1))
                        .map(d -> new Day(
                                d,
                                found.stream()
                                        .filter(a ->
                                                a.localStart().toLocalDate().equals(d))
                                        .toList()))
                        .toList());
        model.addAttribute("week", week);
        model.addAttribute("day", day);
        model.addAttribute("previous", week ? from.minusWeeks(1) : day.minusDays(1));
        model.addAttribute("next", week ? from.plusWeeks(1) : day.plusDays(1));
        return "engagement/diary";
    }

    private String page(UUID id, Model model) {
        model.addAttribute("participant", participants.view(scope(), id).orElseThrow(NotFoundException::new));
        model.addAttribute("appointments", appointments.forParticipant(scope(), id));
        model.addAttribute(
                "channelOptions",
                referenceData.codes(CodeList.CONTACT_TYPE).stream()
                        .map(c -> Option.of(c.code(), c.label()))
                        .toList());
        model.addAttribute("attendanceOptions", Appointments.Attendance.values());
        return "engagement/appointments";
    }

    private ParticipantScope scope() {
        return currentActor.participantScope();
    }
}
