using FundingPortal.Domain.Audit;

namespace FundingPortal.Domain.UnitTests.Privacy;

public sealed class AuditPersonalValueTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Dossier = Guid.CreateVersion7();

    [Fact]
    public void The_entry_holds_a_salted_digest_not_the_value_and_two_records_of_one_value_do_not_match_each_other()
    {
        var first = AuditPersonalValue.Record("proposal", Dossier, null, "claire.martin@ondes-bretonnes.fr", Now);
        var second = AuditPersonalValue.Record("proposal", Dossier, null, "claire.martin@ondes-bretonnes.fr", Now);

        Assert.StartsWith("personal:sha256:", first.Marker, StringComparison.Ordinal);
        Assert.DoesNotContain("claire", first.Marker, StringComparison.Ordinal);
        Assert.NotEqual(first.Digest, second.Digest);
        Assert.True(first.Matches());
    }

    [Fact]
    public void Erasing_the_value_keeps_every_hash_of_the_chain_and_a_second_erasure_changes_nothing()
    {
        var value = AuditPersonalValue.Record("proposal", Dossier, null, "CV de Claire Martin.pdf", Now);
        var entry = AuditEntry.Append("proposal", Dossier, null, Now, Guid.CreateVersion7(), "attachment_added", "Draft", "Draft",
            $$"""{"fileName":"{{value.Marker}}","sha256":"abc"}""");
        var hash = entry.Hash;

        Assert.True(value.Erase(Now.AddYears(3)));
        Assert.False(value.Erase(Now.AddYears(4)));

        Assert.Null(value.Value);
        Assert.Null(value.Salt);
        Assert.Equal(Now.AddYears(3), value.ErasedAt);
        Assert.Equal(hash, entry.ComputeHash());
        Assert.Null(AuditEntry.FindBrokenLink([entry]));
        Assert.Null(AuditPersonalValue.FindAlteredValue([entry], [value]));
    }

    [Fact]
    public void A_kept_value_changed_behind_the_chain_or_a_removed_one_is_found_at_its_entry()
    {
        var kept = AuditPersonalValue.Record("proposal", Dossier, null, "Yann Le Goff", Now);
        var first = AuditEntry.Append("proposal", Dossier, null, Now, null, "proposal_created", null, "Draft", null);
        var second = AuditEntry.Append("proposal", Dossier, first, Now, null, "partner_added", "Draft", "Draft", $$"""{"invitedBy":"{{kept.Marker}}"}""");
        var forged = AuditPersonalValue.Record("proposal", Dossier, null, "Quelqu'un d'autre", Now);
        typeof(AuditPersonalValue).GetProperty(nameof(AuditPersonalValue.Digest))!.SetValue(forged, kept.Digest);

        Assert.Null(AuditPersonalValue.FindAlteredValue([first, second], [kept]));
        Assert.Equal(2, AuditPersonalValue.FindAlteredValue([first, second], [forged]));
        Assert.Equal(2, AuditPersonalValue.FindAlteredValue([first, second], []));
    }

    [Fact]
    public void An_altered_value_is_named_by_the_path_of_its_field_and_an_erased_one_is_not()
    {
        var email = AuditPersonalValue.Record("proposal", Dossier, null, "claire.martin@ondes-bretonnes.fr", Now);
        var name = AuditPersonalValue.Record("proposal", Dossier, null, "Claire Martin", Now);
        var entry = AuditEntry.Append("proposal", Dossier, null, Now, Guid.CreateVersion7(), "partner_added", "Draft", "Draft",
            $$$"""{"invitee":{"email":"{{{email.Marker}}}","names":["{{{name.Marker}}}"]}}""");
        var byDigest = new Dictionary<string, AuditPersonalValue> { [email.Digest] = email, [name.Digest] = name };
        Assert.Empty(AuditPersonalValue.FindAlteredFields(entry, byDigest));

        name.Erase(Now);
        Assert.Empty(AuditPersonalValue.FindAlteredFields(entry, byDigest));

        byDigest.Remove(email.Digest);
        var failure = Assert.Single(AuditPersonalValue.FindAlteredFields(entry, byDigest));
        Assert.Equal(new AuditFailure($"proposal/{Dossier:D}", 1, null, AuditFailureReasons.PersonalValueMissing, "invitee.email"), failure);
        Assert.Equal([("invitee.email", email.Digest), ("invitee.names[0]", name.Digest)], AuditPersonalValue.MarkedFields(entry.Details));
    }
}
