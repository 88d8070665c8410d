#pragma once
// The bar above a lesson page: ◀ Back, Next ▶, Play, "Step k of n", the step's title and
// the query box. It shows where the user is and asks the window to move; the window
// decides what a step across lessons means.
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace al {

class LessonPage;

class StepBar : public QWidget {
    Q_OBJECT
public:
    explicit StepBar(QWidget* parent = nullptr);

    // Shows `page`'s step; `previous` and `next` are the lessons before and after it (or
    // null), which Back and Next reach from the page's first and last step.
    void showStep(const LessonPage& page, const LessonPage* previous, const LessonPage* next);
    void setTokenCount(int tokens);
    int query() const; // 0-based
    void setQuery(int query);
    void stopPlaying();
    bool isPlaying() const;
    void setTitleFont(const QFont& font);

    QLabel* titleLabel() const { return title_; }
    QLabel* countLabel() const { return count_; }
    QPushButton* backButton() const { return back_; }
    QPushButton* nextButton() const { return next_; }
    QSpinBox* queryBox() const { return query_; }

signals:
    void stepRequested(int direction); // Back (−1) or Next (+1)
    void playStep();                   // Play's next step, within the lesson
    void rewind();                     // Play pressed on the last step: back to the first
    void queryChanged(int query);      // 0-based
    void typingDone();                 // Enter in the query box: the arrows may step again
    void playingChanged();

private:
    QPushButton* back_;
    QPushButton* next_;
    QPushButton* play_;
    QLabel* count_;
    QLabel* title_;
    QSpinBox* query_;
    QTimer* playTimer_;
    bool lastStep_ = true;
};

} // namespace al
