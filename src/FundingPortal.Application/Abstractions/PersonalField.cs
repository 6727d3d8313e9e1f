namespace FundingPortal.Application.Abstractions;

/// <summary>
/// A value of an audit entry's details that is personal data (a name, an address, a free-text comment). The audit trail
/// stores it outside the chain and writes only its salted digest into the entry (<c>AuditPersonalValue</c>, ADR 0033).
/// </summary>
/// <param name="SubjectUserId">Whose data it is; null means the entry's actor.</param>
public sealed record PersonalField(string? Value, Guid? SubjectUserId = null)
{
    public static PersonalField? Of(string? value, Guid? subjectUserId = null) => string.IsNullOrEmpty(value) ? null : new PersonalField(value, subjectUserId);
}
