using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Audit;

public sealed class SealOptions
{
    public const string Section = "Audit";

    /// <summary>Where seal files go, relative to the content root; a cluster copies them elsewhere or has them timestamped.</summary>
    public string SealsDirectory { get; set; } = "./.data/seals";
}

/// <summary>
/// Writes a seal as indented JSON (its leaves in order, the root, how both are hashed), under a temporary name then renamed,
/// so a reader never sees half a file. The same seal always gives the same bytes (docs/proof.md has the format).
/// </summary>
public sealed class SealFileWriter(IOptions<SealOptions> options, IHostEnvironment environment) : ISealFiles
{
    public const string Format = "fundingportal-seal/1";

    public string Directory => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SealsDirectory));

    public async Task WriteAsync(AuditSeal seal, CancellationToken ct)
    {
        var directory = Directory;
        System.IO.Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, seal.FileName);
        var temporary = target + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("date", seal.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("sealedAt", seal.SealedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("digest", seal.Digest);
            json.WriteNumber("streams", seal.Streams);
            json.WriteString("leaf", "SHA-256(0x00 || UTF-8(streamType + \"\\n\" + streamId + \"\\n\" + sequence + \"\\n\" + hash))");
            json.WriteString("node", "SHA-256(0x01 || left || right); an odd node at the end of a level goes up unchanged");
            json.WriteStartArray("leaves");
            foreach (var head in seal.Heads)
            {
                json.WriteStartObject();
                json.WriteString("streamType", head.StreamType);
                json.WriteString("streamId", head.StreamId.ToString("D"));
                json.WriteNumber("sequence", head.Sequence);
                json.WriteString("hash", head.Hash);
                json.WriteEndObject();
                if (json.BytesPending > 64 * 1024)
                {
                    await json.FlushAsync(ct);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(ct);
        }

        File.Move(temporary, target, overwrite: true);
    }
}

public static class SealFilesSetup
{
    public static IServiceCollection AddSealFiles(this IServiceCollection services)
    {
        services.AddOptions<SealOptions>().BindConfiguration(SealOptions.Section);
        services.AddSingleton<SealFileWriter>();
        services.AddSingleton<ISealFiles>(sp => sp.GetRequiredService<SealFileWriter>());
        return services;
    }
}
