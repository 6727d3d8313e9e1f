using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Localisation;

/// <summary>
/// An error's message in a language: the use cases' own English, or its French translation keyed by the stable code.
/// The code never changes with the language. Used by the API's problem details and by the web pages.
/// </summary>
public static class ErrorMessages
{
    /// <summary>The sentence for the whole error; in French, a generic sentence naming the code when none is written yet.</summary>
    public static string Summary(Error error, string language) =>
        language == Languages.English ? error.Message : FrenchErrors.Summary(error) ?? $"L'opération n'a pas abouti (code « {error.Code} »).";

    /// <summary>A field error's sentence; in French, "Valeur invalide." when none is written yet.</summary>
    public static string Field(string field, string englishMessage, string language) =>
        language == Languages.English ? englishMessage : FrenchErrors.Field(field, englishMessage) ?? "Valeur invalide.";

    /// <summary>For API clients: the French translation when there is one, else the English message (more precise than a generic sentence).</summary>
    public static string ForApi(string code, string englishMessage, string language) =>
        language == Languages.English ? englishMessage : FrenchErrors.Summary(new Error(code, englishMessage, ErrorKind.Validation)) ?? englishMessage;

    /// <summary><see cref="ForApi(string, string, string)"/> for a field error.</summary>
    public static string FieldForApi(string field, string englishMessage, string language) =>
        language == Languages.English ? englishMessage : FrenchErrors.Field(field, englishMessage) ?? englishMessage;
}
