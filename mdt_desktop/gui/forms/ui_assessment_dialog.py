# Generated from ui/assessment_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

from mdt_desktop.gui.widgets.agency_picker import AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_AssessmentDialog(object):
    def setupUi(self, AssessmentDialog):
        if not AssessmentDialog.objectName():
            AssessmentDialog.setObjectName(u"AssessmentDialog")
        AssessmentDialog.resize(1200, 700)
        self.mainLayout = QVBoxLayout(AssessmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseLabel = QLabel(AssessmentDialog)
        self.caseLabel.setObjectName(u"caseLabel")

        self.mainLayout.addWidget(self.caseLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.questionsColumn = QVBoxLayout()
        self.questionsColumn.setObjectName(u"questionsColumn")
        self.statementLabel = QLabel(AssessmentDialog)
        self.statementLabel.setObjectName(u"statementLabel")
        self.statementLabel.setWordWrap(True)

        self.questionsColumn.addWidget(self.statementLabel)

        self.questionsArea = QScrollArea(AssessmentDialog)
        self.questionsArea.setObjectName(u"questionsArea")
        self.questionsArea.setWidgetResizable(True)
        self.questionsWidget = QWidget()
        self.questionsWidget.setObjectName(u"questionsWidget")
        self.questionsWidget.setGeometry(QRect(0, 0, 600, 400))
        self.questionsArea.setWidget(self.questionsWidget)

        self.questionsColumn.addWidget(self.questionsArea)


        self.bodyLayout.addLayout(self.questionsColumn)

        self.sideColumn = QVBoxLayout()
        self.sideColumn.setObjectName(u"sideColumn")
        self.headerForm = QFormLayout()
        self.headerForm.setObjectName(u"headerForm")
        self.headerForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.instrumentLabel = QLabel(AssessmentDialog)
        self.instrumentLabel.setObjectName(u"instrumentLabel")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.instrumentLabel)

        self.instrument = QComboBox(AssessmentDialog)
        self.instrument.setObjectName(u"instrument")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.instrument)

        self.assessedOnLabel = QLabel(AssessmentDialog)
        self.assessedOnLabel.setObjectName(u"assessedOnLabel")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assessedOnLabel)

        self.assessedOn = BeDateEdit(AssessmentDialog)
        self.assessedOn.setObjectName(u"assessedOn")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assessedOn)

        self.assessorLabel = QLabel(AssessmentDialog)
        self.assessorLabel.setObjectName(u"assessorLabel")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assessorLabel)

        self.assessor = QLineEdit(AssessmentDialog)
        self.assessor.setObjectName(u"assessor")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assessor)

        self.agencyLabel = QLabel(AssessmentDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agency = AgencyPicker(AssessmentDialog)
        self.agency.setObjectName(u"agency")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agency)


        self.sideColumn.addLayout(self.headerForm)

        self.resultGroup = QGroupBox(AssessmentDialog)
        self.resultGroup.setObjectName(u"resultGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.resultGroup.sizePolicy().hasHeightForWidth())
        self.resultGroup.setSizePolicy(sizePolicy)
        self.resultForm = QFormLayout(self.resultGroup)
        self.resultForm.setObjectName(u"resultForm")
        self.resultForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.scoreCaption = QLabel(self.resultGroup)
        self.scoreCaption.setObjectName(u"scoreCaption")

        self.resultForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scoreCaption)

        self.scoreLabel = QLabel(self.resultGroup)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.resultForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scoreLabel)

        self.levelCaption = QLabel(self.resultGroup)
        self.levelCaption.setObjectName(u"levelCaption")

        self.resultForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelCaption)

        self.levelLabel = QLabel(self.resultGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.resultForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelLabel)

        self.reasonCaption = QLabel(self.resultGroup)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.resultForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonLabel = QLabel(self.resultGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.reasonLabel.setWordWrap(True)

        self.resultForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonLabel)


        self.sideColumn.addWidget(self.resultGroup)

        self.judgementGroup = QGroupBox(AssessmentDialog)
        self.judgementGroup.setObjectName(u"judgementGroup")
        self.judgementForm = QFormLayout(self.judgementGroup)
        self.judgementForm.setObjectName(u"judgementForm")
        self.judgementForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.overrideLabel = QLabel(self.judgementGroup)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.judgementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.overrideLabel)

        self.overrideLevel = QComboBox(self.judgementGroup)
        self.overrideLevel.setObjectName(u"overrideLevel")

        self.judgementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.overrideLevel)

        self.overrideReasonLabel = QLabel(self.judgementGroup)
        self.overrideReasonLabel.setObjectName(u"overrideReasonLabel")

        self.judgementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overrideReasonLabel)

        self.overrideReason = QPlainTextEdit(self.judgementGroup)
        self.overrideReason.setObjectName(u"overrideReason")
        self.overrideReason.setMaximumSize(QSize(16777215, 70))

        self.judgementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.overrideReason)

        self.nextReviewLabel = QLabel(self.judgementGroup)
        self.nextReviewLabel.setObjectName(u"nextReviewLabel")

        self.judgementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nextReviewLabel)

        self.nextReview = BeDateEdit(self.judgementGroup)
        self.nextReview.setObjectName(u"nextReview")

        self.judgementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nextReview)


        self.sideColumn.addWidget(self.judgementGroup)

        self.problemsLabel = QLabel(AssessmentDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.sideColumn.addWidget(self.problemsLabel)


        self.bodyLayout.addLayout(self.sideColumn)

        self.bodyLayout.setStretch(0, 5)
        self.bodyLayout.setStretch(1, 4)

        self.mainLayout.addLayout(self.bodyLayout)

        self.errorLabel = QLabel(AssessmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AssessmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.instrumentLabel.setBuddy(self.instrument)
        self.assessedOnLabel.setBuddy(self.assessedOn)
        self.assessorLabel.setBuddy(self.assessor)
        self.agencyLabel.setBuddy(self.agency)
        self.overrideLabel.setBuddy(self.overrideLevel)
        self.overrideReasonLabel.setBuddy(self.overrideReason)
        self.nextReviewLabel.setBuddy(self.nextReview)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssessmentDialog)

        QMetaObject.connectSlotsByName(AssessmentDialog)
    # setupUi

    def retranslateUi(self, AssessmentDialog):
        AssessmentDialog.setWindowTitle(QCoreApplication.translate("AssessmentDialog", u"\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19\u0e04\u0e27\u0e32\u0e21\u0e40\u0e2a\u0e35\u0e48\u0e22\u0e07", None))
        self.caseLabel.setText("")
        self.statementLabel.setText("")
        self.instrumentLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e41\u0e1a\u0e1a\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19", None))
        self.assessedOnLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19", None))
        self.assessorLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e1c\u0e39\u0e49\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19", None))
        self.agencyLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e1c\u0e39\u0e49\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19", None))
        self.resultGroup.setTitle(QCoreApplication.translate("AssessmentDialog", u"\u0e1c\u0e25\u0e17\u0e35\u0e48\u0e04\u0e33\u0e19\u0e27\u0e13\u0e44\u0e14\u0e49", None))
        self.scoreCaption.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e04\u0e30\u0e41\u0e19\u0e19", None))
        self.scoreLabel.setText("")
        self.levelCaption.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e23\u0e30\u0e14\u0e31\u0e1a\u0e04\u0e27\u0e32\u0e21\u0e40\u0e2a\u0e35\u0e48\u0e22\u0e07", None))
        self.levelLabel.setText("")
        self.reasonCaption.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e40\u0e2b\u0e15\u0e38\u0e1c\u0e25", None))
        self.reasonLabel.setText("")
        self.judgementGroup.setTitle(QCoreApplication.translate("AssessmentDialog", u"\u0e14\u0e38\u0e25\u0e22\u0e1e\u0e34\u0e19\u0e34\u0e08\u0e17\u0e32\u0e07\u0e27\u0e34\u0e0a\u0e32\u0e0a\u0e35\u0e1e\u0e41\u0e25\u0e30\u0e01\u0e32\u0e23\u0e17\u0e1a\u0e17\u0e27\u0e19", None))
        self.overrideLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e23\u0e30\u0e14\u0e31\u0e1a\u0e17\u0e35\u0e48\u0e43\u0e0a\u0e49", None))
        self.overrideReasonLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e40\u0e2b\u0e15\u0e38\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e31\u0e1a\u0e23\u0e30\u0e14\u0e31\u0e1a", None))
        self.nextReviewLabel.setText(QCoreApplication.translate("AssessmentDialog", u"\u0e17\u0e1a\u0e17\u0e27\u0e19\u0e04\u0e23\u0e31\u0e49\u0e07\u0e16\u0e31\u0e14\u0e44\u0e1b", None))
        self.problemsLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi
