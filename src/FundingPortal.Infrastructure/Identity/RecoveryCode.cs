namespace FundingPortal.Infrastructure.Identity;

/// <summary>A single-use MFA recovery code, stored hashed like a password (shown once, when generated).</summary>
public sealed class RecoveryCode
{
    private RecoveryCode()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string CodeHash { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static RecoveryCode Create(Guid userId, string codeHash, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), UserId = userId, CodeHash = codeHash, CreatedAt = now };

    public void MarkUsed(DateTimeOffset now) => UsedAt ??= now;
}
