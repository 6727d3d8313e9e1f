using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Audit;

/// <summary>
/// Someone with write access to the database tampers with the audit chains or a stored PDF; "verify everything" names what
/// was done, through the endpoint and through the command's exit status and lines.
/// </summary>
[Collection(Collections.Audit)]
public sealed class TamperingTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Untouched_data_verifies_through_the_endpoint_and_the_command()
    {
        var scenario = await AuditScenario.Create(factory);
        await scenario.Seal();

        var report = await scenario.Verify();
        Assert.True(report["ok"]!.GetValue<bool>(), report.ToJsonString());
        Assert.Empty(AuditScenario.Failures(report));
        // The call, the dossier, the expert and the assignment each have a stream; the receipt and the dossier PDF were issued.
        Assert.Equal(4, report["streams"]!.GetValue<int>());
        Assert.True(report["entries"]!.GetValue<long>() >= 8, report.ToJsonString());
        Assert.Equal(2, report["documents"]!.GetValue<int>());

        var (exitCode, output) = await AuditCommand.RunAsync(factory);
        Assert.True(exitCode == 0, output);
        Assert.Contains("verify: 4 streams", output, StringComparison.Ordinal);
        Assert.Contains("— OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_whose_details_were_edited_is_named_hash_mismatch()
    {
        var scenario = await AuditScenario.Create(factory);
        Assert.Equal(1, await scenario.Execute(
            "UPDATE audit_entries SET details = '{\"reference\":\"FP-FORGED\"}' WHERE stream_type = 'proposal' AND stream_id = @p0 AND sequence = 1",
            scenario.Dossier.ProposalId));

        var report = await scenario.Verify();
        Assert.False(report["ok"]!.GetValue<bool>());
        Assert.Equal([(scenario.ProposalStream, (int?)1, (Guid?)null, "hash_mismatch")], AuditScenario.Failures(report));

        var (exitCode, output) = await AuditCommand.RunAsync(factory);
        Assert.True(exitCode == 1, output);
        Assert.Contains($"FAIL {scenario.ProposalStream} entry 1: hash_mismatch", output, StringComparison.Ordinal);
        Assert.Contains("FAILED: 1 failure(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_s_deleted_last_entry_is_caught_by_the_seal_as_tail_removed()
    {
        var scenario = await AuditScenario.Create(factory);
        await scenario.Seal();
        var last = await scenario.LastSequenceOfProposal();
        Assert.Equal(1, await scenario.Execute("DELETE FROM audit_entries WHERE stream_type = 'proposal' AND stream_id = @p0 AND sequence = @p1",
            scenario.Dossier.ProposalId, last));

        var report = await scenario.Verify();
        Assert.Equal([(scenario.ProposalStream, (int?)last, (Guid?)null, "tail_removed")], AuditScenario.Failures(report));

        var (exitCode, output) = await AuditCommand.RunAsync(factory);
        Assert.True(exitCode == 1, output);
        Assert.Contains($"FAIL {scenario.ProposalStream} entry {last}: tail_removed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_seal_a_cut_tail_leaves_a_consistent_chain_which_is_why_heads_are_sealed()
    {
        var scenario = await AuditScenario.Create(factory);
        var last = await scenario.LastSequenceOfProposal();
        await scenario.Execute("DELETE FROM audit_entries WHERE stream_type = 'proposal' AND stream_id = @p0 AND sequence = @p1", scenario.Dossier.ProposalId, last);

        Assert.True((await scenario.Verify())["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_deleted_middle_entry_is_named_sequence_gap()
    {
        var scenario = await AuditScenario.Create(factory);
        await scenario.Execute("DELETE FROM audit_entries WHERE stream_type = 'proposal' AND stream_id = @p0 AND sequence = 2", scenario.Dossier.ProposalId);

        Assert.Equal([(scenario.ProposalStream, (int?)3, (Guid?)null, "sequence_gap")], AuditScenario.Failures(await scenario.Verify()));
    }

    [Fact]
    public async Task Two_swapped_entries_are_each_named()
    {
        var scenario = await AuditScenario.Create(factory);
        // Through a free number, as the (stream, sequence) index is unique.
        await scenario.Execute("""
            UPDATE audit_entries SET sequence = -2 WHERE stream_type = 'proposal' AND stream_id = @p0 AND sequence = 2;
            UPDATE audit_entries SET sequence = 2 WHERE stream_type = 'proposal' AND stream_id = @p0 AND sequence = 3;
            UPDATE audit_entries SET sequence = 3 WHERE stream_type = 'proposal' AND stream_id = @p0 AND sequence = -2;
            """, scenario.Dossier.ProposalId);

        var failures = AuditScenario.Failures(await scenario.Verify());
        Assert.Contains((scenario.ProposalStream, (int?)2, (Guid?)null, "hash_mismatch"), failures);
        Assert.Contains((scenario.ProposalStream, (int?)3, (Guid?)null, "hash_mismatch"), failures);
        Assert.Contains((scenario.ProposalStream, (int?)2, (Guid?)null, "broken_link"), failures);
        Assert.All(failures, f => Assert.Equal(scenario.ProposalStream, f.Stream));

        var (exitCode, output) = await AuditCommand.RunAsync(factory);
        Assert.True(exitCode == 1, output);
        Assert.Contains($"FAIL {scenario.ProposalStream} entry 2: hash_mismatch", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_recomputed_after_an_edit_is_caught_only_by_the_seal_as_head_mismatch()
    {
        var scenario = await AuditScenario.Create(factory);
        await scenario.Seal();
        var last = await scenario.LastSequenceOfProposal();

        await scenario.RewriteProposalChainConsistently("{\"reference\":\"FP-FORGED\"}");

        // Every entry hashes right and links right: only the sealed head gives the rewrite away.
        var report = await scenario.Verify();
        Assert.Equal([(scenario.ProposalStream, (int?)last, (Guid?)null, "head_mismatch")], AuditScenario.Failures(report));

        var (exitCode, output) = await AuditCommand.RunAsync(factory);
        Assert.True(exitCode == 1, output);
        Assert.Contains($"FAIL {scenario.ProposalStream} entry {last}: head_mismatch", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_pdf_whose_bytes_changed_is_named_document_changed()
    {
        var scenario = await AuditScenario.Create(factory);
        var receipt = (await scenario.WaitForDocuments(2)).Single(d => d!["kind"]!.GetValue<string>() == "Receipt")!;
        var receiptId = receipt["id"]!.GetValue<Guid>();
        // One byte appended: the PDF still opens, its hash no longer matches the one recorded when it was issued.
        Assert.Equal(1, await scenario.Execute("UPDATE document_contents SET bytes = bytes || '\\x0a'::bytea WHERE document_id = @p0", receiptId));

        Assert.Equal([(scenario.ProposalStream, (int?)null, (Guid?)receiptId, "document_changed")], AuditScenario.Failures(await scenario.Verify()));

        var (exitCode, output) = await AuditCommand.RunAsync(factory);
        Assert.True(exitCode == 1, output);
        Assert.Contains($"FAIL {scenario.ProposalStream} document {receiptId:D}: document_changed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expert_s_stream_and_an_assignment_s_stream_are_verified_too()
    {
        var scenario = await AuditScenario.Create(factory);
        await scenario.Execute("UPDATE audit_entries SET to_state = 'Submitted' WHERE stream_type = 'assignment' AND stream_id = @p0 AND sequence = 1",
            scenario.AssignmentId);
        await scenario.Execute("UPDATE audit_entries SET action = 'expert_deleted' WHERE stream_type = 'expert' AND stream_id = @p0 AND sequence = 1",
            scenario.Expert.ExpertId);

        var failures = AuditScenario.Failures(await scenario.Verify());
        Assert.Equal(
            [($"assignment/{scenario.AssignmentId:D}", (int?)1, (Guid?)null, "hash_mismatch"), ($"expert/{scenario.Expert.ExpertId:D}", 1, null, "hash_mismatch")],
            failures.Order());
    }

    [Fact]
    public async Task A_personal_value_rewritten_outside_the_chain_is_named_with_its_field_and_an_erased_one_is_not_a_failure()
    {
        var scenario = await AuditScenario.Create(factory);
        var (stream, sequence, field, digest) = await scenario.FirstPersonalValue();

        Assert.Equal(1, await scenario.Execute("UPDATE audit_personal_values SET value = value || ' (modifié)' WHERE digest = @p0", digest));
        var report = await scenario.Verify();
        Assert.False(report["ok"]!.GetValue<bool>());
        var failure = Assert.Single(report["failures"]!.AsArray())!;
        Assert.Equal(stream, failure["stream"]!.GetValue<string>());
        Assert.Equal(sequence, failure["sequence"]!.GetValue<int>());
        Assert.Equal(field, failure["field"]!.GetValue<string>());
        Assert.Equal("personal_value_changed", failure["reason"]!.GetValue<string>());
        var (exitCode, output) = await AuditCommand.RunAsync(factory);
        Assert.True(exitCode == 1, output);
        Assert.Contains($"FAIL {stream} entry {sequence} field {field}: personal_value_changed", output, StringComparison.Ordinal);

        // What anonymisation does: the value and its salt are forgotten. Nothing is left to check, nothing fails.
        Assert.Equal(1, await scenario.Execute("UPDATE audit_personal_values SET value = NULL, salt = NULL, erased_at = now() WHERE digest = @p0", digest));
        Assert.True((await scenario.Verify())["ok"]!.GetValue<bool>());

        Assert.Equal(1, await scenario.Execute("DELETE FROM audit_personal_values WHERE digest = @p0", digest));
        Assert.Equal([(stream, (int?)sequence, (Guid?)null, "personal_value_missing")], AuditScenario.Failures(await scenario.Verify()));
    }
}
