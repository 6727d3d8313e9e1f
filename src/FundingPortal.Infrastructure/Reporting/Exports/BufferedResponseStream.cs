namespace FundingPortal.Infrastructure.Reporting.Exports;

/// <summary>
/// Takes the synchronous writes of ZipArchive and the Open XML writer (Kestrel refuses synchronous I/O) and hands them
/// to the response asynchronously at each <see cref="SendAsync"/>: between two calls it holds only what was written
/// since the last one.
/// </summary>
internal sealed class BufferedResponseStream(Stream response) : Stream
{
    private readonly MemoryStream pending = new();
    private long written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    public async Task SendAsync(CancellationToken ct)
    {
        if (pending.Length == 0)
        {
            return;
        }

        await response.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), ct);
        pending.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        written += buffer.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    // Sync flushes (ZipArchive's, the XML writer's) keep the bytes: only SendAsync reaches the response.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
