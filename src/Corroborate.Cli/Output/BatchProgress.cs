using System.Diagnostics;
using Spectre.Console;

namespace Corroborate.Cli.Output;

/// <summary>Counters a long batch updates as it goes; read by the progress display on another thread.</summary>
internal sealed class BatchCounters
{
    private long _inputs;
    private long _articles;
    private long _bytes;

    public int? TotalInputs { get; set; }

    public long Inputs => Interlocked.Read(ref _inputs);

    public long Articles => Interlocked.Read(ref _articles);

    public long Bytes => Interlocked.Read(ref _bytes);

    public void InputDone(long bytes)
    {
        Interlocked.Increment(ref _inputs);
        Interlocked.Add(ref _bytes, bytes);
    }

    public void ArticleDone() => Interlocked.Increment(ref _articles);
}

/// <summary>
/// Runs a batch on a worker thread and, if it lasts more than <see cref="Delay"/>, shows its progress:
/// a Spectre progress bar when a person watches standard error, plain lines every few seconds when it
/// is redirected. Short batches print nothing. Messages raised while the bar is live are held back
/// and printed after it, so they never tear the display.
/// </summary>
internal static class BatchProgress
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static T Run<T>(string label, BatchCounters counters, MessageSink messages, Func<T> work)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        if (task.Wait(Delay))
        {
            return task.GetAwaiter().GetResult();
        }
        if (Terminal.Interactive)
        {
            messages.Hold();
            try
            {
                Terminal.Error.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                    .Start(ctx =>
                    {
                        var bar = ctx.AddTask(label, maxValue: counters.TotalInputs ?? 1);
                        bar.IsIndeterminate = counters.TotalInputs is null;
                        while (!task.Wait(100))
                        {
                            bar.Value = counters.Inputs;
                            bar.Description = $"{label}: {counters.Inputs} inputs, {counters.Articles} articles";
                        }
                        bar.Value = bar.MaxValue;
                    });
            }
            finally
            {
                messages.Release();
            }
        }
        else
        {
            var clock = Stopwatch.StartNew();
            while (!task.Wait(PlainInterval))
            {
                var total = counters.TotalInputs is { } t ? $"/{t}" : "";
                Terminal.Message($"{label}: {counters.Inputs}{total} inputs, {counters.Articles} articles, " +
                    $"{counters.Bytes / 1048576.0:F1} MB, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        return task.GetAwaiter().GetResult();
    }
}

/// <summary>Prints one-line messages to standard error, or holds them while a progress bar is live.</summary>
internal sealed class MessageSink
{
    private readonly Lock _gate = new();
    private readonly List<string> _held = [];
    private bool _holding;

    public void Write(string line)
    {
        lock (_gate)
        {
            if (_holding)
            {
                _held.Add(line);
                return;
            }
        }
        Terminal.Message(line);
    }

    public void Hold()
    {
        lock (_gate)
        {
            _holding = true;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _holding = false;
            foreach (var line in _held)
            {
                Terminal.Message(line);
            }
            _held.Clear();
        }
    }
}
