namespace FundingPortal.Domain.Common;

/// <summary>How an expected failure should be understood at the edge (mapped once to an HTTP status).</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Forbidden,
    Conflict,
    BusinessRule,
    PreconditionFailed,
    TooLarge,
    UnsupportedMediaType,

    /// <summary>Credentials or tokens that do not authenticate (401).</summary>
    Unauthenticated,
}

public sealed record Error(string Code, string Message, ErrorKind Kind)
{
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public static Error Validation(string code, string message, IReadOnlyDictionary<string, string[]>? fields = null) =>
        new(code, message, ErrorKind.Validation) { FieldErrors = fields };

    public static Error Field(string field, string code, string message) =>
        Validation(code, message, new Dictionary<string, string[]> { [field] = [message] });

    public static Error NotFound(string what) => new("not_found", $"{what} not found.", ErrorKind.NotFound);
    public static Error Forbidden(string message = "You are not allowed to do this.") => new("forbidden", message, ErrorKind.Forbidden);
    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);
    public static Error Rule(string code, string message) => new(code, message, ErrorKind.BusinessRule);
    public static Error Unauthenticated(string code, string message) => new(code, message, ErrorKind.Unauthenticated);

    public Error With(string key, object? value)
    {
        var extensions = new Dictionary<string, object?>(Extensions ?? new Dictionary<string, object?>()) { [key] = value };
        return this with { Extensions = extensions };
    }
}
