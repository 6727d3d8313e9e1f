namespace FundingPortal.Domain.Privacy;

public enum ErasureKind
{
    /// <summary>A person's account, anonymised after years without signing in.</summary>
    Account,

    /// <summary>A dossier's personal parts, erased once its retention period is over.</summary>
    Dossier,
}

/// <summary>
/// The record that the retention job anonymised a person or a dossier: one per subject (a unique index), so a second run,
/// or a second worker, finds it done. Its number names the person from then on ("Personne anonymisée n°12").
/// </summary>
public sealed class PersonalDataErasure
{
    private PersonalDataErasure()
    {
    }

    public long Number { get; private set; }
    public ErasureKind Kind { get; private set; }
    public Guid SubjectId { get; private set; }
    public DateTimeOffset ErasedAt { get; private set; }

    /// <summary>The retention rule that applied, with the date it counted from (e.g. "inactive-account since 2023-05-31").</summary>
    public string Reason { get; private set; } = string.Empty;

    public static PersonalDataErasure Of(ErasureKind kind, Guid subjectId, string reason, DateTimeOffset now) =>
        new() { Kind = kind, SubjectId = subjectId, Reason = reason, ErasedAt = now };
}
