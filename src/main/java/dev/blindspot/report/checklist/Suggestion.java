package dev.blindspot.report.checklist;

/** "What would raise the score most": closing this failing item lifts the overall score from {@code from} to {@code to}. */
public record Suggestion(String item, String title, int failingFindings, int from, int to) {}
