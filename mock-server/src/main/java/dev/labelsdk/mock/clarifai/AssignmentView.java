package dev.labelsdk.mock.clarifai;

/** A TaskAssignment as responses show it: the assignment with its stored input. */
public record AssignmentView(Assignment assignment, Input input) {}
